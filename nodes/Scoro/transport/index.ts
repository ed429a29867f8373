import type { IDataObject, IHttpRequestOptions } from 'n8n-workflow';
import { SyncError } from '../../shared/errors';
import { requestJson, type HttpContext } from '../../shared/http';
import { collectPages } from '../../shared/paging';
import { redactText } from '../../shared/redact';
import { markNoAnswer } from '../../shared/safeCreate';
import { httpClassifier, httpStatusOf, type RetryPolicy } from '../../shared/retry';
import {
	ERROR_STATUS,
	INCLUDE_DELETED_AT_TOP_LEVEL,
	isOkStatus,
	MAX_PER_PAGE,
	MAX_PER_PAGE_DETAILED,
	QUOTA_MESSAGE_PATTERN,
	RATE_LIMIT_HEADERS,
} from './contract';

export const SYSTEM = 'Scoro';
export const CREDENTIAL_TYPE = 'scoroApi';

/** Scoro API keys look like `ScoroAPI_…`; masked wherever they might appear, as a second layer. */
const KEY_PATTERN = /ScoroAPI_[A-Za-z0-9_-]+/g;

/**
 * A Scoro error with its own code. Thrown as a value and shaped for n8n (NodeApiError with the item
 * index) by runPerItem / toNodeError in shared/, like every connector's transport errors.
 */
export function scoroError(message: string, code: string, details: string, status?: number): SyncError {
	return new SyncError(message, SYSTEM, code, details, status);
}

/**
 * Masks the API key wherever it appears: the credential's own value when known (keys do not always
 * look like `ScoroAPI_…`), then the pattern and the secret-looking JSON keys as further layers.
 */
export function redactScoro(text: string, secrets: Array<string | undefined> = []): string {
	return redactText(text, secrets).replace(KEY_PATTERN, '***');
}

/** The credential's key, read only to mask it in errors (the request itself gets it from `authenticate`). */
async function secretsOf(ctx: HttpContext): Promise<string[]> {
	const get = (ctx as { getCredentials?: (type: string) => Promise<IDataObject> }).getCredentials;
	if (typeof get !== 'function') return [];
	try {
		const credentials = await get.call(ctx, CREDENTIAL_TYPE);
		return [credentials?.apiKey, credentials?.companyAccountId].filter(
			(v): v is string => typeof v === 'string' && v.length >= 6,
		);
	} catch {
		return [];
	}
}

/** Scoro's response envelope (SDK IViewResponse / IListResponse). */
export interface ScoroEnvelope<T = unknown> {
	status?: string;
	statusCode?: number;
	messages?: unknown;
	errors?: unknown;
	data: T;
}

export interface ScoroCall {
	/** e.g. 'invoices' */
	module: string;
	/** e.g. 'list', 'view', 'modify', 'delete' */
	action: string;
	id?: string | number;
	/** Top-level body fields besides the credentials (request, filter, per_page, page, ...). */
	body?: IDataObject;
	/** Reads and deletes are safe to repeat; a create is not (its outcome may be unknown). */
	idempotent: boolean;
	retry?: RetryPolicy;
}

/** Flattens Scoro's `messages` / `errors` (object of arrays, array, or string) into text. */
export function messagesText(value: unknown): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'string') return value;
	if (Array.isArray(value)) return value.map(messagesText).filter(Boolean).join('; ');
	if (typeof value === 'object') {
		return Object.entries(value as Record<string, unknown>)
			.map(([key, v]) => {
				const text = messagesText(v);
				// `messages.error: [...]` reads better without the key; field keys stay as context.
				return text && !['error', 'errors', 'warning', 'info'].includes(key) ? `${key}: ${text}` : text;
			})
			.filter(Boolean)
			.join('; ');
	}
	return String(value);
}

function isEnvelope(body: unknown): body is ScoroEnvelope {
	return !!body && typeof body === 'object' && !Array.isArray(body) && ('status' in body || 'statusCode' in body);
}

/** Scoro's own error in a body, or undefined when the body is a success. */
export function envelopeError(body: unknown): { code: string; message: string; status?: number } | undefined {
	if (typeof body === 'string' || body === undefined || body === null) {
		return {
			code: 'NOT_JSON',
			message:
				'Scoro did not answer with JSON (an unknown company subdomain answers with a web page). Check the Site URL in the Scoro credential.',
		};
	}
	if (!isEnvelope(body)) return { code: 'BAD_ENVELOPE', message: 'Scoro answered without its status envelope' };
	const statusCode = typeof body.statusCode === 'number' ? body.statusCode : Number(body.statusCode);
	const failed =
		(typeof body.status === 'string' && body.status.toLowerCase() === ERROR_STATUS) ||
		(body.errors !== undefined && body.errors !== null && messagesText(body.errors) !== '') ||
		(Number.isFinite(statusCode) && statusCode !== 200) ||
		(body.status !== undefined && !isOkStatus(body.status));
	if (!failed) return undefined;
	const message = messagesText(body.messages) || messagesText(body.errors) || `status ${String(body.status)}`;
	const status = Number.isFinite(statusCode) && statusCode >= 400 ? statusCode : undefined;
	return classifyMessage(status, message);
}

function classifyMessage(
	status: number | undefined,
	message: string,
): { code: string; message: string; status?: number } {
	if (status === 429 && QUOTA_MESSAGE_PATTERN.test(message)) {
		return {
			code: 'DAILY_QUOTA',
			status,
			message: `Scoro's daily API request quota is spent: ${message}. Nothing more can be read or written until it resets; spread syncs over the day or ask Scoro support for a higher limit.`,
		};
	}
	if (status === 429) return { code: 'RATE_LIMITED', status, message: message || 'Too many requests' };
	if (status === 401 || status === 403) {
		return {
			code: String(status),
			status,
			message: `${message || 'Not authorised'}. Check the API key and company account ID in the Scoro credential (Site settings > Integrations > Scoro API).`,
		};
	}
	return { code: status ? String(status) : 'ERROR', status, message };
}

/** Error reader for non-2xx answers (body may be Scoro's envelope, HTML or text). */
export function readError(status: number, body: unknown): { code: string; message: string } {
	if (isEnvelope(body)) {
		const message = messagesText(body.messages) || messagesText(body.errors) || `HTTP ${status}`;
		const bodyStatus = Number(body.statusCode);
		return classifyMessage(Number.isFinite(bodyStatus) && bodyStatus >= 400 ? bodyStatus : status, message);
	}
	const text =
		typeof body === 'string'
			? body
					.replace(/<[^>]*>/g, ' ')
					.replace(/\s+/g, ' ')
					.trim()
					.slice(0, 300)
			: '';
	return classifyMessage(status, text || `HTTP ${status}`);
}

function isQuotaError(error: unknown): boolean {
	return (error as { code?: string })?.code === 'DAILY_QUOTA';
}

/** When the quota resets, from the headers a throttled answer may carry (assumed names, contract.ts). */
function resetHint(headers: Record<string, string> | undefined): string {
	const raw = headers?.[RATE_LIMIT_HEADERS.reset];
	if (!raw) return '';
	const n = Number(raw);
	const date = Number.isFinite(n) ? new Date(n * 1000) : new Date(raw);
	return Number.isNaN(date.getTime()) ? '' : ` It resets at ${date.toISOString()}.`;
}

/**
 * The one way the Scoro node and trigger call Scoro: POST `<site>/api/v2/<module>/<action>[/<id>]`
 * with a JSON body. The credential's `authenticate` adds `apiKey`, `company_account_id`, `lang`
 * and the base URL, so this code never holds the key. Errors become SyncError with Scoro's own
 * status code and messages, 429 is retried with backoff (honouring Retry-After), a spent daily quota
 * stops at once, and nothing thrown from here carries the request body.
 */
export async function scoroRequest<T = unknown>(ctx: HttpContext, call: ScoroCall): Promise<ScoroEnvelope<T>> {
	const path = `/${call.module}/${call.action}${call.id !== undefined && call.id !== '' ? `/${encodeURIComponent(String(call.id))}` : ''}`;
	const request: IHttpRequestOptions = {
		method: 'POST',
		url: path,
		headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
		body: { ...(call.body ?? {}) },
		json: true,
	};
	const base = httpClassifier({ idempotent: call.idempotent });
	const secrets = await secretsOf(ctx);
	const redact = (text: string) => redactScoro(text, secrets);
	try {
		const res = await requestJson<ScoroEnvelope<T>>(ctx, {
			system: SYSTEM,
			credentialType: CREDENTIAL_TYPE,
			request,
			idempotent: call.idempotent,
			readError,
			checkBody: envelopeError,
			secrets,
			classify: (error) => (isQuotaError(error) ? { retry: false } : base(error)),
			retry: call.retry,
		});
		return res.body;
	} catch (error) {
		if (error instanceof SyncError) {
			const headers = (error as SyncError & { headers?: Record<string, string> }).headers;
			const extra = error.code === 'DAILY_QUOTA' ? resetHint(headers) : '';
			throw scoroError(
				redact(`${error.message}${extra}`),
				error.code,
				redact(
					`${call.module}/${call.action}${call.id !== undefined ? ` ${String(call.id)}` : ''}: ${error.details}${extra}`,
				),
				error.httpStatus,
			);
		}
		// n8n's own request errors can carry the request (and so the key in its body): keep only the gist.
		const e = error as { message?: string; code?: string; cause?: { code?: string } };
		const code = e?.code ?? e?.cause?.code ?? 'REQUEST_FAILED';
		const failure = scoroError(
			redact(`Scoro could not be reached (${code}): ${e?.message ?? String(error)}`),
			String(code),
			redact(`${call.module}/${call.action}: ${e?.message ?? String(error)}`),
			httpStatusOf(error),
		);
		// No answer came back: a write may or may not have landed (shared/safeCreate.ts).
		throw httpStatusOf(error) === undefined ? markNoAnswer(failure) : failure;
	}
}

export interface ListOptions {
	filter?: IDataObject;
	/** Ask for records as `view` returns them (with lines); smaller page cap. */
	detailed?: boolean;
	includeDeleted?: boolean;
	/** undefined = all */
	limit?: number;
	/** Extra top-level body fields (e.g. `request` options of a module). */
	extra?: IDataObject;
	/** Client-side filter for what Scoro cannot filter (applied before the limit). */
	keep?: (record: IDataObject) => boolean;
	/** Override the page size (tests, or modules with their own cap); clamped to the cap. */
	perPage?: number;
}

/**
 * Every page of a list: `per_page` at the cap (100, or the smaller detailed cap), `page` from 1,
 * stop on a short page. The page size stays the same for every page so `page` offsets line up.
 */
export async function scoroList(ctx: HttpContext, module: string, options: ListOptions = {}): Promise<IDataObject[]> {
	const cap = options.detailed ? MAX_PER_PAGE_DETAILED : MAX_PER_PAGE;
	let perPage = Math.min(cap, Math.max(1, options.perPage ?? cap));
	if (options.limit !== undefined && !options.keep) perPage = Math.min(perPage, Math.max(1, options.limit));
	const fetchRaw = async (page: number): Promise<IDataObject[]> => {
		const body: IDataObject = { per_page: perPage, page, ...(options.extra ?? {}) };
		if (options.filter && Object.keys(options.filter).length) body.filter = options.filter;
		if (options.detailed) body.detailed_response = true;
		if (options.includeDeleted) {
			if (INCLUDE_DELETED_AT_TOP_LEVEL) body.include_deleted = '1';
			else body.request = { ...((body.request as IDataObject) ?? {}), include_deleted: 1 };
		}
		const env = await scoroRequest<IDataObject[]>(ctx, { module, action: 'list', body, idempotent: true });
		if (env.data === null || env.data === undefined) return [];
		if (!Array.isArray(env.data)) {
			throw scoroError(
				`Scoro error BAD_LIST: ${module}/list answered data that is not a list`,
				'BAD_LIST',
				`${module}/list page ${page}`,
			);
		}
		// Issue 20: Scoro reports no total (contract.ts LAST_PAGE_RULE), so what can be checked is checked:
		// a page longer than asked for would shift every later page (records skipped), and a record seen on
		// an earlier page means pages overlap (records repeated). Either is an error, never a silent list.
		if (env.data.length > perPage) {
			throw pagingError(
				module,
				page,
				`answered ${env.data.length} records for a page of ${perPage}, so later pages would not line up`,
			);
		}
		for (const row of env.data as IDataObject[]) {
			const id = rowId(row);
			if (id === undefined) continue;
			if (seenIds.has(id)) throw pagingError(module, page, `returned record ${id} again (it was on an earlier page)`);
			seenIds.add(id);
		}
		return env.data;
	};
	const seenIds = new Set<string>();
	return await collectPages<IDataObject, number>(async (cursor) => {
		// A client-side filter may empty a page; read on until something is kept or the list ends,
		// because the shared loop stops on an empty page.
		let page = cursor ?? 1;
		for (;;) {
			const rows = await fetchRaw(page);
			const items = options.keep ? rows.filter(options.keep) : rows;
			const next = rows.length < perPage ? undefined : page + 1;
			if (items.length > 0 || next === undefined) return { items, next };
			page = next;
		}
	}, options.limit);
}

function rowId(row: IDataObject): string | undefined {
	for (const field of ['id', 'contact_id', 'project_id', 'receipt_id', 'bookmark_id']) {
		const value = row?.[field];
		// With its version: a record changed while the list is read may legitimately come again later.
		if (value !== undefined && value !== null && value !== '')
			return `${field}:${String(value)}@${String(row.modified_date ?? '')}`;
	}
	return undefined;
}

function pagingError(module: string, page: number, what: string): SyncError {
	return scoroError(
		`Scoro error PAGING: ${module}/list page ${page} ${what}; nothing was returned, because records would be missing or repeated`,
		'PAGING',
		`${module}/list page ${page}: ${what}. Run again; if it persists, narrow the filter (e.g. by modified date).`,
	);
}

/** `data` of a view/modify call, as an object. */
export function dataObject(env: ScoroEnvelope<unknown>, what: string): IDataObject {
	const data = env.data;
	if (!data || typeof data !== 'object' || Array.isArray(data)) {
		throw scoroError(`Scoro error BAD_RESPONSE: ${what} answered no record`, 'BAD_RESPONSE', what);
	}
	return data as IDataObject;
}
