import type {
	IExecuteFunctions,
	IHookFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IPollFunctions,
	IWebhookFunctions,
} from 'n8n-workflow';
import { createHash } from 'crypto';
import { chunk, mapLimit, semaphoreFor } from '../../shared/concurrency';
import { redactText } from '../../shared/redact';
import { DEFAULT_RETRY_POLICY, parseRetryAfter, withRetry, type RetryPolicy } from '../../shared/retry';
import { IntacctError } from './errors';
import { parseResponse, type IntacctErrorDetail, type IntacctResponse, type IntacctResult } from './response';
import { buildRequestXml, type IntacctFunction, type XmlNode } from './xml';

export const CREDENTIAL_TYPE = 'sageIntacctApi';
export const DEFAULT_ENDPOINT = 'https://api.intacct.com/ia/xml/xmlgw.phtml';

export type IntacctContext =
	IExecuteFunctions | ILoadOptionsFunctions | IPollFunctions | IHookFunctions | IWebhookFunctions;

export interface ClientOptions {
	/** Requests in flight per company (Sage allows about 2). */
	maxConcurrent?: number;
	/** Functions per request (Sage's schema has no maximum; we cap at 100). */
	batchSize?: number;
	retry?: RetryPolicy;
}

/** How a request may be repeated at the transport level when its answer is lost or a 5xx. */
type RequestKind =
	/** Reads and getAPISession: safe to repeat. */
	| 'read'
	/**
	 * Writes and readMore: never repeated on a 5xx or a lost answer (a write may have been committed,
	 * a readMore has advanced the server's result set). Only refusals are repeated: throttling and
	 * an expired session, where Intacct processed nothing.
	 */
	| 'once';

/** Thrown inside the company gate when the caller has stopped writing: this request was never sent. */
export class NotSentError extends Error {
	constructor() {
		super('Not sent: writing had stopped at an earlier failure.');
		this.name = 'NotSentError';
	}
}

interface Session {
	sessionId: string;
	endpoint: string;
	/** ms epoch; the timeout slides with each call, so it is refreshed from every response. */
	expiresAt: number;
}

/**
 * Sessions are cached per process, keyed by everything that authenticates (endpoint, company, user,
 * entity, sender ID and a sha256 of both passwords), and reused until Intacct's sliding
 * `sessiontimeout` minus a safety margin. A credential that differs in any of them (a wrong password
 * included) never gets another credential's session: it signs in itself and fails if it is wrong.
 */
/** How many times one request gets a fresh session after an "Invalid session" refusal. */
const SESSION_RENEWALS = 3;
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
	private identity?: {
		companyId: string;
		userId: string;
		entityId: string;
		endpointUrl: string;
		senderId: string;
		/** sha256 of sender password and user password: part of the session key, never the secrets themselves. */
		secretHash: string;
		secrets: string[];
	};
	/** Session IDs this client has used: redacted from every error text like the passwords. */
	private readonly sessionIds = new Set<string>();
	requestsSent = 0;
	/** Requests in flight per company (Max Concurrent Requests). */
	get concurrency(): number {
		return this.maxConcurrent;
	}

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
			const senderPassword = String(c.senderPassword ?? '');
			const userPassword = String(c.userPassword ?? '');
			this.identity = {
				companyId: String(c.companyId ?? ''),
				userId: String(c.userId ?? ''),
				entityId: String(c.entityId ?? ''),
				endpointUrl: String(c.endpointUrl || DEFAULT_ENDPOINT),
				senderId: String(c.senderId ?? ''),
				secretHash: createHash('sha256')
					.update(JSON.stringify([senderPassword, userPassword]))
					.digest('hex'),
				secrets: [senderPassword, userPassword],
			};
		}
		return this.identity;
	}

	/** Everything that authenticates; JSON so no value can run into the next one. */
	private async sessionKey(entity: EntityChoice) {
		const id = await this.id();
		return JSON.stringify([
			id.endpointUrl,
			id.companyId,
			id.userId,
			entity === undefined ? `cred:${id.entityId}` : `ent:${entity}`,
			id.senderId,
			id.secretHash,
		]);
	}

	/** Text for an error message with every secret this client knows replaced. */
	async redact(text: string): Promise<string> {
		const id = await this.id();
		return redactText(text, [...id.secrets, ...this.sessionIds]);
	}

	/**
	 * One HTTP round trip, bounded by the company semaphore and retried per the rules. Every error it
	 * throws is an IntacctError with secrets redacted (or NotSentError); a network failure never
	 * escapes with n8n's request options (which hold the credential-filled XML) attached.
	 */
	private async post(
		url: string,
		xml: string,
		kind: RequestKind,
		shouldSend?: () => boolean,
	): Promise<IntacctResponse> {
		const id = await this.id();
		const gate = semaphoreFor(`intacct|${id.endpointUrl}|${id.companyId}`, this.maxConcurrent);
		const secrets = () => [...id.secrets, ...this.sessionIds];
		return await withRetry(
			async () =>
				await gate.run(async () => {
					// Checked once the gate is ours, right before sending: a stop decided while this
					// request waited for a slot still keeps it off the wire.
					if (shouldSend && !shouldSend()) throw new NotSentError();
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
					const res = (await this.ctx.helpers.httpRequestWithAuthentication
						.call(this.ctx, CREDENTIAL_TYPE, options)
						.catch((error: unknown) => {
							throw noAnswer(error, secrets());
						})) as { statusCode: number; headers: Record<string, string>; body: unknown };
					const body = Buffer.isBuffer(res.body) ? res.body.toString('utf8') : String(res.body ?? '');
					const parsed = tryParse(body, res.statusCode, secrets());
					const retryAfterMs = parseRetryAfter(res.headers?.['retry-after']);
					if (res.statusCode === 429 || parsed?.controlErrors.some((e) => e.errorno === 'GW-0010')) {
						throw Object.assign(
							new IntacctError(
								'control',
								parsed?.controlErrors.length ? redactErrors(parsed.controlErrors, secrets()) : [gw0010()],
								429,
							),
							{ retryAfterMs },
						);
					}
					if (res.statusCode >= 400 || !parsed) {
						const error = new IntacctError(
							'http',
							[
								{
									errorno: `HTTP ${res.statusCode}`,
									description: `Sage Intacct answered HTTP ${res.statusCode}`,
									description2: redactText(body.slice(0, 300), secrets()),
									correction: res.statusCode >= 500 ? 'Retry later; Sage Intacct had a server error.' : '',
								},
							],
							res.statusCode,
						);
						// A 5xx (or a 2xx that is not an API response) says nothing about whether the
						// functions ran before the failure; a 4xx is a refusal.
						error.maybeProcessed = res.statusCode >= 500 || res.statusCode < 400;
						throw error;
					}
					if (parsed.controlStatus !== 'success')
						throw new IntacctError('control', redactErrors(parsed.controlErrors, secrets()));
					if (parsed.authStatus && parsed.authStatus !== 'success') {
						throw new IntacctError('authentication', redactErrors(parsed.authErrors, secrets()));
					}
					// Intacct's own texts can quote what was sent: no secret survives into an error.
					for (const r of parsed.results) r.errors = redactErrors(r.errors, secrets());
					return parsed;
				}),
			(error) => {
				if (error instanceof NotSentError) return { retry: false };
				// Throttling refused the request (nothing was processed): repeat it within the throttle budget.
				if (error instanceof IntacctError && error.isThrottled) {
					return { retry: true, throttled: true, retryAfterMs: (error as { retryAfterMs?: number }).retryAfterMs };
				}
				if (kind !== 'read') return { retry: false };
				if (error instanceof IntacctError && error.level === 'http' && (error.httpStatus ?? 0) >= 500)
					return { retry: true };
				return { retry: error instanceof IntacctError && error.maybeProcessed && error.errorno === 'NO_ANSWER' };
			},
			this.retry,
		);
	}

	/** Opens (or reuses) a session; sessions are tied to one endpoint, which Intacct returns. */
	async session(entity: EntityChoice, forceNew = false): Promise<Session> {
		const key = await this.sessionKey(entity);
		const cached = sessions.get(key);
		if (!forceNew && cached && cached.expiresAt - SESSION_MARGIN_MS > Date.now()) {
			this.sessionIds.add(cached.sessionId);
			return cached;
		}
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
		const response = await this.post(id.endpointUrl, xml, 'read');
		const result = response.results[0];
		if (!result || result.status !== 'success') throw new IntacctError('function', result?.errors ?? []);
		const api = (result.data?.api ?? {}) as Record<string, unknown>;
		const sessionId = String(api.sessionid ?? '');
		if (sessionId) this.sessionIds.add(sessionId);
		const session: Session = {
			sessionId,
			endpoint: String(api.endpoint || id.endpointUrl),
			expiresAt: timeoutToEpoch(response.sessionTimeout),
		};
		sessions.set(key, session);
		return session;
	}

	/**
	 * Sends functions in requests of up to `batchSize`, at most `maxConcurrent` at a time.
	 * Results come back in input order; a failed function fails only its own entry. A request
	 * that fails as a whole (control, authentication, HTTP, no answer) gives each function it
	 * carried that IntacctError; `maybeProcessed` on it says the request may have been committed.
	 *
	 * Writes (readOnly not set) are never repeated after a 5xx or a lost answer: the caller
	 * confirms them (helpers/write.ts). `shouldSend` is asked right before each request goes out;
	 * when it says no, the functions come back as IntacctError with `notSent`.
	 */
	async run(functions: IntacctFunction[], options: RunOptions = {}): Promise<Array<IntacctResult | IntacctError>> {
		const batches = chunk(functions, this.batchSize);
		const out = await mapLimit(batches, this.maxConcurrent, async (batch) => {
			const results = await this.runBatch(batch, options).catch((error: unknown) => {
				// A request that failed as a whole fails each of its functions; anything else is a bug.
				if (error instanceof NotSentError) return notSentError();
				if (error instanceof IntacctError) return error;
				return Promise.reject(error);
			});
			if (results instanceof IntacctError) return batch.map(() => results);
			const byControlId = new Map(results.map((r) => [r.controlId, r]));
			return batch.map(
				(f) =>
					byControlId.get(f.controlId) ??
					// No result for a function that was sent: it may or may not have run.
					Object.assign(
						new IntacctError('function', [
							{
								errorno: 'NO_RESULT',
								description: `Sage Intacct returned no result for controlid ${f.controlId}`,
								description2: '',
								correction: 'Check the record in Sage Intacct before running again.',
							},
						]),
						{ maybeProcessed: true },
					),
			);
		});
		return out.flat();
	}

	private async runBatch(batch: IntacctFunction[], options: RunOptions): Promise<IntacctResult[]> {
		const uniqueId = options.uniqueId ?? false;
		const kind: RequestKind = options.readOnly === true && !options.once ? 'read' : 'once';
		for (let attempt = 0; ; attempt++) {
			const session = await this.session(options.entity, attempt > 0);
			const xml = buildRequestXml({
				controlId: batch.length === 1 ? batch[0].controlId : `batch-${batch[0].controlId}`,
				uniqueId,
				transaction: options.transaction,
				auth: { sessionId: session.sessionId },
				functions: batch,
			});
			const outcome = await this.post(session.endpoint, xml, kind, options.shouldSend).then(
				(response) => ({ response }),
				(error: unknown) => ({ error }),
			);
			if ('response' in outcome) {
				if (outcome.response.sessionTimeout) session.expiresAt = timeoutToEpoch(outcome.response.sessionTimeout);
				return outcome.response.results;
			}
			// An expired session is renewed (Intacct refused the request: nothing ran), up to
			// SESSION_RENEWALS times: under a short company session timeout a fresh session can expire
			// before the request using it arrives. Every other failure goes to the caller as it is.
			if (!(outcome.error instanceof IntacctError && outcome.error.isInvalidSession && attempt < SESSION_RENEWALS)) {
				return await Promise.reject(outcome.error);
			}
			sessions.delete(await this.sessionKey(options.entity));
		}
	}

	/** One function, its result or a thrown IntacctError. */
	async runOne(fn: IntacctFunction, options: RunOptions = {}): Promise<IntacctResult> {
		const [result] = await this.run([fn], options);
		if (result instanceof IntacctError) throw result;
		if (result.status !== 'success') throw new IntacctError('function', result.errors);
		return result;
	}

	/**
	 * readByQuery then readMore by resultId until nothing remains or the limit is reached.
	 *
	 * readMore is not safe to repeat: each call advances Intacct's result set, so a repeated call
	 * after a lost answer silently skips a page. readByQuery promises no order (reference §3.3: only
	 * that resultId pages come from the same query), so there is no "after the last seen record" to
	 * resume from: a failed readMore restarts the whole query (a fresh result set), at most
	 * MAX_QUERY_RESTARTS times, then fails loudly. A list shorter than Intacct's own totalcount /
	 * numremaining is an error, never a short success.
	 */
	async readByQuery(params: {
		object: string;
		query?: string;
		fields?: string;
		pageSize?: number;
		limit?: number;
		entity?: EntityChoice;
		controlId?: string;
	}): Promise<Record<string, unknown>[]> {
		for (let restart = 0; ; restart++) {
			const outcome = await this.readAllPages(params).then(
				(records) => ({ records }),
				(error: unknown) => ({ error }),
			);
			if ('records' in outcome) return outcome.records;
			if (!(outcome.error instanceof PagingInterrupted)) throw outcome.error;
			if (restart >= MAX_QUERY_RESTARTS) {
				const cause = outcome.error.cause as IntacctError;
				throw new IntacctError(
					'function',
					[
						{
							errorno: 'READMORE_FAILED',
							description: `Reading ${params.object} failed part-way ${restart + 1} times: readMore (the next page) got no usable answer`,
							description2: `Reading ${params.object} failed part-way ${restart + 1} times: readMore (the next page) got no usable answer (last: ${cause?.message ?? 'unknown error'})`,
							correction:
								'Nothing was returned, so no record was skipped. Run again later; if it keeps failing, narrow the query or lower the page size.',
						},
					],
					cause?.httpStatus,
				);
			}
		}
	}

	private async readAllPages(params: Parameters<IntacctClient['readByQuery']>[0]): Promise<Record<string, unknown>[]> {
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
		const wanted = () => params.limit === undefined || records.length < params.limit;
		let page = first;
		while ((page.numRemaining ?? 0) > 0 && wanted()) {
			if (!page.resultId)
				throw shortList(params.object, 'Sage Intacct reported more records but gave no resultId to read them with');
			const before = page.numRemaining ?? 0;
			page = await this.runOne(
				{ controlId: `readMore-${params.object}`, body: { readMore: { resultId: page.resultId } } },
				// once: never repeated after a 5xx or a lost answer (it would skip a page).
				{ entity: params.entity, readOnly: true, once: true },
			).catch((error: unknown) => {
				throw new PagingInterrupted(error);
			});
			if (page.records.length === 0 && (page.numRemaining ?? 0) >= before) {
				throw shortList(params.object, `readMore returned no records while ${before} were reported remaining`);
			}
			records.push(...page.records);
		}
		// The arithmetic must add up: every record Intacct counted has been read (or the limit reached).
		const total = first.totalCount;
		if (total !== undefined && records.length < (params.limit === undefined ? total : Math.min(total, params.limit))) {
			throw shortList(
				params.object,
				`read ${records.length} of the ${total} records Sage Intacct reported (totalcount)`,
			);
		}
		return params.limit === undefined ? records : records.slice(0, params.limit);
	}
}

export interface RunOptions {
	entity?: EntityChoice;
	transaction?: boolean;
	uniqueId?: boolean;
	/** A read: repeated on 5xx and lost answers (unless `once`). */
	readOnly?: boolean;
	/** Never repeat after a 5xx or lost answer, even for a read (readMore). */
	once?: boolean;
	/** Asked right before each request is sent; false = not sent. */
	shouldSend?: () => boolean;
}

/** Restarts of a whole query after a failed readMore before giving up loudly. */
export const MAX_QUERY_RESTARTS = 2;

/** A readMore failed: the result set's position is unknown, so the query starts again. */
class PagingInterrupted extends Error {
	constructor(readonly cause: unknown) {
		super('readMore failed');
	}
}

function shortList(object: string, what: string): IntacctError {
	return new IntacctError('function', [
		{
			errorno: 'SHORT_LIST',
			description: `Reading ${object} came back incomplete: ${what}`,
			description2: '',
			correction:
				'Nothing was returned, so no record was skipped. Run again; if it repeats, report it with the query used.',
		},
	]);
}

function notSentError(): IntacctError {
	return Object.assign(
		new IntacctError('function', [
			{
				errorno: 'NOT_SENT',
				description: 'Not sent: writing stopped at an earlier failure',
				description2: '',
				correction: 'Fix the failed item, then run again.',
			},
		]),
		{ notSent: true },
	);
}

/**
 * A request that got no HTTP answer (reset, timeout, cut connection). It may have been committed.
 * n8n's error keeps the request options (the credential-filled XML) on `config`/`cause`: none of it
 * is kept here, only a redacted message and the network code.
 */
function noAnswer(error: unknown, secrets: string[]): IntacctError {
	const e = error as { message?: string; code?: string; cause?: { code?: string; message?: string } };
	const code = e?.code ?? e?.cause?.code ?? '';
	const message = redactText(String(e?.message ?? error ?? ''), secrets).slice(0, 300);
	return Object.assign(
		new IntacctError('http', [
			{
				errorno: 'NO_ANSWER',
				description: `No answer from Sage Intacct${code ? ` (${code})` : ''}`,
				description2: message,
				correction: 'The request may or may not have been processed.',
			},
		]),
		// Whatever the cause, no answer came: the request may have reached Intacct and run.
		{ maybeProcessed: true },
	);
}

function tryParse(body: string, status: number, secrets: string[]): IntacctResponse | undefined {
	if (!body.includes('<response')) return undefined;
	const outcome = (() => {
		try {
			return { parsed: parseResponse(body) };
		} catch (error) {
			return { error };
		}
	})();
	if ('parsed' in outcome) return outcome.parsed;
	// Unreadable XML on a success status is an error of its own (the request may have run); on an
	// error status the status speaks.
	if (status < 300) {
		throw Object.assign(
			new IntacctError(
				'http',
				[
					{
						errorno: 'BAD_XML',
						description: 'Sage Intacct sent XML that could not be read',
						description2: redactText(String((outcome.error as Error)?.message ?? ''), secrets),
						correction: '',
					},
				],
				status,
			),
			{ maybeProcessed: true },
		);
	}
	return undefined;
}

function redactErrors(errors: IntacctErrorDetail[], secrets: string[]): IntacctErrorDetail[] {
	return errors.map((e) => ({
		errorno: redactText(e.errorno, secrets),
		description: redactText(e.description, secrets),
		description2: redactText(e.description2, secrets),
		correction: redactText(e.correction, secrets),
	}));
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
