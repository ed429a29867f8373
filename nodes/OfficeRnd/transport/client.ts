import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IHttpRequestMethods,
	IHttpRequestOptions,
} from 'n8n-workflow';
import { SyncError } from '../../shared/errors';
import { requestJson, type HttpContext, type JsonResponse } from '../../shared/http';
import { httpClassifier } from '../../shared/retry';
import { collectPages } from '../../shared/paging';
import {
	CREDENTIAL_TYPE,
	DEFAULT_BASE_URL,
	ID_FIELD,
	MODIFIED_FIELD,
	PAGE_SIZE,
	RANGE_IS_ABSOLUTE,
	READ_ONLY_FIELDS,
	SYSTEM,
} from './contract';
import { maskCredentials, readOfficeRndError } from './errors';

/** Any n8n context that can read the credential and send authenticated requests. */
export interface OfficeRndContext extends HttpContext {
	getCredentials(type: string, itemIndex?: number): Promise<ICredentialDataDecryptedObject>;
}

export interface RequestSpec {
	method: IHttpRequestMethods;
	/** Path under /organizations/{slug}, e.g. '/payments'. */
	path: string;
	/** Query values; an array is sent comma-joined (used for `[$in]`). */
	query?: Record<string, string | number | boolean | string[] | undefined>;
	body?: IDataObject;
	/** Scope the call needs, named in a 401's hint. */
	scope?: string;
	/** Reads, deletes and PUTs are safe to repeat; creates are not (reference: no idempotency keys). */
	idempotent?: boolean;
}

export function organisationUrl(credentials: ICredentialDataDecryptedObject): string {
	const base = String(credentials.baseUrl || DEFAULT_BASE_URL).replace(/\/+$/, '');
	const slug = String(credentials.orgSlug ?? '').trim();
	return `${base}/organizations/${encodeURIComponent(slug)}`;
}

export function buildQuery(query: RequestSpec['query'] = {}): string {
	const params = new URLSearchParams();
	for (const [key, value] of Object.entries(query)) {
		if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
		params.append(key, Array.isArray(value) ? value.join(',') : String(value));
	}
	const text = params.toString();
	return text ? `?${text}` : '';
}

/**
 * n8n refreshes an OAuth2 client-credentials token only when the request *throws* a 401; the shared
 * requestJson asks n8n not to throw on any status. This wrapper lets 401 throw (so n8n fetches a new
 * token and repeats the call once), then turns a 401 that survives the refresh back into a response
 * for the shared error shaping.
 */
function refreshingContext(ctx: OfficeRndContext): HttpContext {
	return {
		helpers: {
			async httpRequestWithAuthentication(this: unknown, type: string, options: IHttpRequestOptions): Promise<unknown> {
				try {
					return await ctx.helpers.httpRequestWithAuthentication.call(ctx, type, {
						...options,
						ignoreHttpStatusErrors: { ignore: true, except: [401] },
					});
				} catch (error) {
					const e = error as {
						httpCode?: string | number;
						cause?: { response?: { status?: number; data?: unknown; headers?: Record<string, string> } };
						response?: { status?: number; data?: unknown; headers?: Record<string, string> };
					};
					const response = e.cause?.response ?? e.response;
					if (Number(response?.status ?? e.httpCode) === 401) {
						return {
							statusCode: 401,
							headers: response?.headers ?? {},
							body: response?.data ?? { statusCode: 401, message: 'Unauthorized access', error: 'Unauthorized' },
						};
					}
					// Issue 20 case 3: n8n fetches the token itself (client credentials) and throws the token
					// endpoint's answer as its own error, without the HTTP status where the shared retry looks
					// for it: a 429 there stopped the whole run at once. The API request was never sent, so
					// the failure is shaped as the token endpoint's status and marked safe to repeat.
					const token = tokenEndpointFailure(error);
					if (token) throw token;
					// n8n's own NodeApiError (network failures etc.): the shared retry classifies it unchanged.
					// eslint-disable-next-line @n8n/community-nodes/require-node-api-error
					throw error;
				}
			},
		},
	};
}

/** A failure of n8n's token request, thrown before the API request was sent. */
export interface TokenFailure {
	tokenRequest: true;
}

/**
 * Recognises the token endpoint's answer in what n8n throws when fetching or refreshing an OAuth2
 * token: @n8n/client-oauth2's AuthError (`code` EAUTH, `body` = the endpoint's JSON error) or
 * ResponseError (`code` ESTATUS, `status`), possibly wrapped ("Failed to acquire OAuth2 access
 * token", `cause`). Returns a SyncError carrying the endpoint's status (429 → throttled, 5xx →
 * retried), or undefined when the error is not a token failure.
 */
export function tokenEndpointFailure(error: unknown): (SyncError & TokenFailure & { statusCode: number }) | undefined {
	for (
		let e = error as
				{ code?: unknown; status?: unknown; body?: unknown; cause?: unknown; message?: unknown } | undefined,
			depth = 0;
		e && depth < 4;
		e = e.cause as typeof e, depth++
	) {
		if (e.code !== 'EAUTH' && e.code !== 'ESTATUS') continue;
		const body = (e.body && typeof e.body === 'object' ? e.body : {}) as { statusCode?: unknown };
		const status = Number(e.status ?? body.statusCode);
		if (!Number.isInteger(status) || status < 400) return undefined;
		const reason = maskCredentials(String(e.message ?? `HTTP ${status}`)).slice(0, 200);
		const failure = new SyncError(
			`${SYSTEM} error ${status} TOKEN: the token request was refused (${reason})`,
			SYSTEM,
			`${status} TOKEN`,
			status === 429
				? 'OfficeRnD throttled the token request and retries ran out; run again later.'
				: `OfficeRnD's token endpoint answered HTTP ${status}. Check the credential's client ID, secret and scopes, then run again.`,
			status,
		);
		return Object.assign(failure, { tokenRequest: true as const, statusCode: status });
	}
	return undefined;
}

function secretsOf(credentials: ICredentialDataDecryptedObject): string[] {
	const token = (credentials.oauthTokenData as IDataObject | undefined)?.access_token;
	return [String(credentials.clientSecret ?? ''), typeof token === 'string' ? token : ''];
}

/** The one way the connector calls OfficeRnD: JSON, bearer token from n8n's OAuth2, shared retry/backoff. */
export async function apiRequest<T = IDataObject>(ctx: OfficeRndContext, spec: RequestSpec): Promise<T> {
	const response = await apiRequestFull<T>(ctx, spec);
	return response.body;
}

export async function apiRequestFull<T = IDataObject>(
	ctx: OfficeRndContext,
	spec: RequestSpec,
): Promise<JsonResponse<T>> {
	const credentials = await ctx.getCredentials(CREDENTIAL_TYPE);
	const request: IHttpRequestOptions = {
		method: spec.method,
		url: `${organisationUrl(credentials)}${spec.path}${buildQuery(spec.query)}`,
		headers: { Accept: 'application/json' },
		json: true,
	};
	if (spec.body !== undefined) request.body = spec.body;
	return await requestJson<T>(refreshingContext(ctx), {
		system: SYSTEM,
		credentialType: CREDENTIAL_TYPE,
		request,
		idempotent: spec.idempotent ?? spec.method !== 'POST',
		readError: readOfficeRndError(spec.scope),
		secrets: secretsOf(credentials),
		classify: (error) => {
			// The API request was never sent when the token request failed: repeating it is safe even
			// for a create (5xx and network failures of the token request are retried like a read's).
			const idempotent =
				(error as Partial<TokenFailure>).tokenRequest === true || (spec.idempotent ?? spec.method !== 'POST');
			return httpClassifier({ idempotent })(error);
		},
	});
}

interface ListBody {
	results?: IDataObject[];
	cursorNext?: string | null;
	/** §3.1: 1-based position of the page's first and last record in the whole list. */
	rangeStart?: number;
	rangeEnd?: number;
}

/** A list whose pages do not add up: never returned as if it were complete. */
function pagingError(path: string, what: string): SyncError {
	return new SyncError(
		`${SYSTEM} error PAGING: the list ${path} ${what}; nothing was returned, because records would be missing or repeated`,
		SYSTEM,
		'PAGING',
		`${path}: ${what}. Run again; if it persists, narrow the filters (e.g. by modified date) and report it to OfficeRnD.`,
	);
}

/**
 * GET a v2 list, following `cursorNext` (reference §3.1) until it is null or `limit` records are in.
 * `$limit` asks for at most 50 per page; the server may send fewer.
 */
export async function apiList(
	ctx: OfficeRndContext,
	path: string,
	query: RequestSpec['query'] = {},
	limit?: number,
	scope?: string,
): Promise<IDataObject[]> {
	// Issue 20: pages must add up. A record seen on an earlier page or a cursor handed out twice is a
	// repeat; a page whose range (§3.1 rangeStart/rangeEnd) does not match what it holds, or (when the
	// range counts across pages, RANGE_IS_ABSOLUTE) does not start where the previous one ended, means
	// records were skipped or repeated. Each is an error, never a short list returned as complete.
	let expectedStart = 1;
	const seenCursors = new Set<string>();
	const seenIds = new Set<string>();
	return await collectPages<IDataObject, string>(async (cursor) => {
		const pageSize = limit === undefined ? PAGE_SIZE : Math.max(1, Math.min(PAGE_SIZE, limit));
		const body = await apiRequest<ListBody | IDataObject[]>(ctx, {
			method: 'GET',
			path,
			query: { ...query, $limit: pageSize, ...(cursor ? { $cursorNext: cursor } : {}) },
			scope,
		});
		// Some endpoints may answer a bare array (reference §3.1: "check each endpoint").
		if (Array.isArray(body)) return { items: body, next: undefined };
		const items = body.results ?? [];
		if (items.length > 0 && body.rangeStart !== undefined && body.rangeEnd !== undefined) {
			const start = Number(body.rangeStart);
			const end = Number(body.rangeEnd);
			if (Number.isInteger(start) && Number.isInteger(end)) {
				if (end - start + 1 !== items.length)
					throw pagingError(path, `page said records ${start}-${end} (${end - start + 1}) but held ${items.length}`);
				// ASSUMED (contract.ts): on a later page, a range not starting at 1 counts across pages.
				if (RANGE_IS_ABSOLUTE && cursor && start !== 1 && start !== expectedStart) {
					throw pagingError(
						path,
						`page started at record ${start}, expected ${expectedStart} (${start > expectedStart ? 'records skipped' : 'records repeated'})`,
					);
				}
				expectedStart = end + 1;
			}
		}
		for (const item of items) {
			const id = item[ID_FIELD];
			if (typeof id !== 'string') continue;
			// With its version: a record changed while the list is read may legitimately come again later.
			const key = `${id}@${String(item[MODIFIED_FIELD] ?? '')}`;
			if (seenIds.has(key)) throw pagingError(path, `returned record ${id} on two pages`);
			seenIds.add(key);
		}
		const next = body.cursorNext || undefined;
		if (next !== undefined) {
			if (seenCursors.has(next)) throw pagingError(path, 'handed out the same next-page cursor twice');
			seenCursors.add(next);
		}
		return { items, next };
	}, limit);
}

/** A whole record from the input item, minus the fields OfficeRnD sets itself. */
export function writableBody(record: IDataObject, drop: string[] = []): IDataObject {
	const out: IDataObject = {};
	for (const [key, value] of Object.entries(record)) {
		if (READ_ONLY_FIELDS.includes(key) || drop.includes(key)) continue;
		out[key] = value;
	}
	return out;
}
