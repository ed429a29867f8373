import type {
	IExecuteFunctions,
	IHookFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IPollFunctions,
	IWebhookFunctions,
} from 'n8n-workflow';
import { chunk, mapLimit, semaphoreFor } from '../../shared/concurrency';
import { redactText } from '../../shared/redact';
import { DEFAULT_RETRY_POLICY, isNetworkError, parseRetryAfter, withRetry, type RetryPolicy } from '../../shared/retry';
import { IntacctError } from './errors';
import { parseResponse, type IntacctResponse, type IntacctResult } from './response';
import { buildRequestXml, type IntacctFunction, type XmlNode } from './xml';

export const CREDENTIAL_TYPE = 'sageIntacctApi';
export const DEFAULT_ENDPOINT = 'https://api.intacct.com/ia/xml/xmlgw.phtml';

export type IntacctContext =
	| IExecuteFunctions
	| ILoadOptionsFunctions
	| IPollFunctions
	| IHookFunctions
	| IWebhookFunctions;

export interface ClientOptions {
	/** Requests in flight per company (Sage allows about 2). */
	maxConcurrent?: number;
	/** Functions per request (Sage's schema has no maximum; we cap at 100). */
	batchSize?: number;
	retry?: RetryPolicy;
}

interface Session {
	sessionId: string;
	endpoint: string;
	/** ms epoch; the timeout slides with each call, so it is refreshed from every response. */
	expiresAt: number;
}

/**
 * Sessions are cached per process, keyed by non-secret identity (endpoint, company, user,
 * entity), and reused until Intacct's sliding `sessiontimeout` minus a safety margin.
 */
const sessions = new Map<string, Session>();
/** getAPISession calls in flight, by the same key, so concurrent requests wait for one. */
const openingSessions = new Map<string, Promise<Session>>();
const SESSION_MARGIN_MS = 60_000;

/** Entity selection: undefined = the credential's entity, '' = top level, else that entity. */
export type EntityChoice = string | undefined;

export class IntacctClient {
	private readonly maxConcurrent: number;
	readonly batchSize: number;
	private readonly retry: RetryPolicy;
	private identity?: { companyId: string; userId: string; entityId: string; endpointUrl: string; secrets: string[] };
	requestsSent = 0;

	constructor(
		private readonly ctx: IntacctContext,
		options: ClientOptions = {},
	) {
		this.maxConcurrent = Math.max(1, options.maxConcurrent ?? 2);
		this.batchSize = Math.min(100, Math.max(1, options.batchSize ?? 50));
		this.retry = options.retry ?? DEFAULT_RETRY_POLICY;
	}

	private async id() {
		if (!this.identity) {
			const c = await this.ctx.getCredentials(CREDENTIAL_TYPE);
			this.identity = {
				companyId: String(c.companyId ?? ''),
				userId: String(c.userId ?? ''),
				entityId: String(c.entityId ?? ''),
				endpointUrl: String(c.endpointUrl || DEFAULT_ENDPOINT),
				secrets: [c.senderPassword, c.userPassword].map((s) => String(s ?? '')),
			};
		}
		return this.identity;
	}

	private async sessionKey(entity: EntityChoice) {
		const id = await this.id();
		return [id.endpointUrl, id.companyId, id.userId, entity === undefined ? `cred:${id.entityId}` : `ent:${entity}`].join('|');
	}

	/** One HTTP round trip, bounded by the company semaphore and retried per the rules. */
	private async post(url: string, xml: string, idempotent: boolean): Promise<IntacctResponse> {
		const id = await this.id();
		const gate = semaphoreFor(`intacct|${id.endpointUrl}|${id.companyId}`, this.maxConcurrent);
		return await withRetry(
			async () =>
				await gate.run(async () => {
					this.requestsSent++;
					const options: IHttpRequestOptions = {
						method: 'POST',
						url,
						body: xml,
						headers: { 'Content-Type': 'application/xml', Accept: 'application/xml' },
						returnFullResponse: true,
						ignoreHttpStatusErrors: true,
						json: false,
						encoding: 'text',
					};
					const res = (await this.ctx.helpers.httpRequestWithAuthentication.call(
						this.ctx,
						CREDENTIAL_TYPE,
						options,
					)) as { statusCode: number; headers: Record<string, string>; body: unknown };
					const body = Buffer.isBuffer(res.body) ? res.body.toString('utf8') : String(res.body ?? '');
					const parsed = tryParse(body, res.statusCode);
					const retryAfterMs = parseRetryAfter(res.headers?.['retry-after']);
					if (res.statusCode === 429 || parsed?.controlErrors.some((e) => e.errorno === 'GW-0010')) {
						throw Object.assign(
							new IntacctError('control', parsed?.controlErrors.length ? parsed.controlErrors : [gw0010()], 429),
							{ retryAfterMs },
						);
					}
					if (res.statusCode >= 400 || !parsed) {
						throw new IntacctError('http', [
							{
								errorno: `HTTP ${res.statusCode}`,
								description: `Sage Intacct answered HTTP ${res.statusCode}`,
								description2: redactText(body.slice(0, 300), id.secrets),
								correction: res.statusCode >= 500 ? 'Retry later; Sage Intacct had a server error.' : '',
							},
						], res.statusCode);
					}
					if (parsed.controlStatus !== 'success') throw new IntacctError('control', parsed.controlErrors);
					if (parsed.authStatus && parsed.authStatus !== 'success') {
						throw new IntacctError('authentication', parsed.authErrors);
					}
					return parsed;
				}),
			(error) => {
				if (error instanceof IntacctError && error.isThrottled) {
					return { retry: true, retryAfterMs: (error as { retryAfterMs?: number }).retryAfterMs };
				}
				if (!idempotent) return { retry: false };
				if (error instanceof IntacctError && error.level === 'http' && (error.httpStatus ?? 0) >= 500) return { retry: true };
				return { retry: isNetworkError(error) };
			},
			this.retry,
		);
	}

	/** Opens (or reuses) a session; sessions are tied to one endpoint, which Intacct returns. */
	async session(entity: EntityChoice, forceNew = false): Promise<Session> {
		const key = await this.sessionKey(entity);
		const cached = sessions.get(key);
		if (!forceNew && cached && cached.expiresAt - SESSION_MARGIN_MS > Date.now()) return cached;
		// Concurrent batches share one getAPISession instead of each opening a session (each is metered).
		const pending = openingSessions.get(key);
		if (pending) return await pending;
		const opening = this.openSession(key, entity).finally(() => openingSessions.delete(key));
		openingSessions.set(key, opening);
		return await opening;
	}

	private async openSession(key: string, entity: EntityChoice): Promise<Session> {
		const id = await this.id();
		const body: XmlNode = { getAPISession: entity === undefined ? '' : { locationid: entity } };
		const xml = buildRequestXml({
			controlId: 'getAPISession',
			uniqueId: false,
			auth: 'login',
			functions: [{ controlId: 'getAPISession', body }],
		});
		const response = await this.post(id.endpointUrl, xml, true);
		const result = response.results[0];
		if (!result || result.status !== 'success') throw new IntacctError('function', result?.errors ?? []);
		const api = (result.data?.api ?? {}) as Record<string, unknown>;
		const session: Session = {
			sessionId: String(api.sessionid ?? ''),
			endpoint: String(api.endpoint || id.endpointUrl),
			expiresAt: timeoutToEpoch(response.sessionTimeout),
		};
		sessions.set(key, session);
		return session;
	}

	/**
	 * Sends functions in requests of up to `batchSize`, at most `maxConcurrent` at a time.
	 * Results come back in input order; a failed function fails only its own entry. A request
	 * that fails as a whole (control or authentication) rejects every function it carried.
	 */
	async run(
		functions: IntacctFunction[],
		options: { entity?: EntityChoice; transaction?: boolean; uniqueId?: boolean; readOnly?: boolean } = {},
	): Promise<Array<IntacctResult | IntacctError>> {
		const batches = chunk(functions, this.batchSize);
		const out = await mapLimit(batches, this.maxConcurrent, async (batch) => {
			const results = await this.runBatch(batch, options).catch((error: unknown) => {
				// A request that failed as a whole fails each of its functions; anything else is a bug.
				if (error instanceof IntacctError) return error;
				return Promise.reject(error);
			});
			if (results instanceof IntacctError) return batch.map(() => results);
			const byControlId = new Map(results.map((r) => [r.controlId, r]));
			return batch.map(
				(f) =>
					byControlId.get(f.controlId) ??
					new IntacctError('function', [
						{ errorno: 'NO_RESULT', description: `Sage Intacct returned no result for controlid ${f.controlId}`, description2: '', correction: 'Retry the item.' },
					]),
			);
		});
		return out.flat();
	}

	private async runBatch(
		batch: IntacctFunction[],
		options: { entity?: EntityChoice; transaction?: boolean; uniqueId?: boolean; readOnly?: boolean },
	): Promise<IntacctResult[]> {
		const uniqueId = options.uniqueId ?? false;
		for (let attempt = 0; ; attempt++) {
			const session = await this.session(options.entity, attempt > 0);
			const xml = buildRequestXml({
				controlId: batch.length === 1 ? batch[0].controlId : `batch-${batch[0].controlId}`,
				uniqueId,
				transaction: options.transaction,
				auth: { sessionId: session.sessionId },
				functions: batch,
			});
			const outcome = await this.post(session.endpoint, xml, options.readOnly === true || uniqueId).then(
				(response) => ({ response }),
				(error: unknown) => ({ error }),
			);
			if ('response' in outcome) {
				if (outcome.response.sessionTimeout) session.expiresAt = timeoutToEpoch(outcome.response.sessionTimeout);
				return outcome.response.results;
			}
			// An expired session is renewed once; every other failure goes to the caller as it is.
			if (!(outcome.error instanceof IntacctError && outcome.error.isInvalidSession && attempt === 0)) {
				return await Promise.reject(outcome.error);
			}
			sessions.delete(await this.sessionKey(options.entity));
		}
	}

	/** One function, its result or a thrown IntacctError. */
	async runOne(fn: IntacctFunction, options: Parameters<IntacctClient['run']>[1] = {}): Promise<IntacctResult> {
		const [result] = await this.run([fn], options);
		if (result instanceof IntacctError) throw result;
		if (result.status !== 'success') throw new IntacctError('function', result.errors);
		return result;
	}

	/** readByQuery then readMore by resultId until nothing remains or the limit is reached. */
	async readByQuery(params: {
		object: string;
		query?: string;
		fields?: string;
		pageSize?: number;
		limit?: number;
		entity?: EntityChoice;
		controlId?: string;
	}): Promise<Record<string, unknown>[]> {
		const pageSize = Math.min(1000, Math.max(1, params.pageSize ?? 1000));
		const first = await this.runOne(
			{
				controlId: params.controlId ?? `readByQuery-${params.object}`,
				body: {
					readByQuery: {
						object: params.object,
						fields: params.fields || '*',
						query: params.query ?? '',
						pagesize: String(params.limit !== undefined ? Math.min(pageSize, Math.max(1, params.limit)) : pageSize),
					},
				},
			},
			{ entity: params.entity, readOnly: true },
		);
		const records = [...first.records];
		let page = first;
		while ((page.numRemaining ?? 0) > 0 && page.resultId && (params.limit === undefined || records.length < params.limit)) {
			page = await this.runOne(
				{ controlId: `readMore-${params.object}`, body: { readMore: { resultId: page.resultId } } },
				{ entity: params.entity, readOnly: true },
			);
			records.push(...page.records);
		}
		return params.limit === undefined ? records : records.slice(0, params.limit);
	}
}

function tryParse(body: string, status: number): IntacctResponse | undefined {
	if (!body.includes('<response')) return undefined;
	const outcome = (() => {
		try {
			return { parsed: parseResponse(body) };
		} catch (error) {
			return { error };
		}
	})();
	if ('parsed' in outcome) return outcome.parsed;
	// Unreadable XML on a success status is an error of its own; on an error status the status speaks.
	if (status < 300) {
		throw new IntacctError('http', [
			{ errorno: 'BAD_XML', description: 'Sage Intacct sent XML that could not be read', description2: String((outcome.error as Error)?.message ?? ''), correction: '' },
		], status);
	}
	return undefined;
}

function gw0010() {
	return {
		errorno: 'GW-0010',
		description: 'Too many requests',
		description2: 'Sage Intacct rate limit: too many requests in a short period.',
		correction: 'Retry later.',
	};
}

/** Intacct timestamps carry an offset, e.g. 2026-11-22T06:12:00-08:00; without one, assume 1h. */
function timeoutToEpoch(value: string | undefined): number {
	const parsed = value ? Date.parse(value) : NaN;
	return Number.isNaN(parsed) ? Date.now() + 3_600_000 : parsed;
}

/** Test hook: forget cached sessions (tests run several sandboxes in one process). */
export function clearSessionCache() {
	sessions.clear();
}
