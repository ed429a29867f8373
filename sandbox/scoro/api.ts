import { DateTime } from 'luxon';
import { ISO_4217 } from '../../nodes/shared/validate';
import {
	BOOKMARK_LIST_PARAM,
	BOOKMARKS_MODULE,
	DEFAULT_DAILY_QUOTA,
	MAX_PER_PAGE,
	MAX_PER_PAGE_DETAILED,
	RATE_LIMIT_HEADERS,
	WEBHOOK_ACTIONS,
} from '../../nodes/Scoro/transport/contract';
import type { Fields, FieldValue, RecordStore, StoredRecord } from '../core/store';
import type { SandboxRequest, SandboxResponse, SystemContext } from '../core/types';
import { settle, withTotals } from './documents';
import { SCORO_MODULES, WEBHOOK_MODULES, type ScoroModuleSpec } from './modules';
import type { ScoroRuntime } from './runtime';
import { SCORO_SANDBOX_CREDENTIALS } from './seed';

export const API_PREFIX = '/api/v2';
/** FACT (SDK README): 50 per page when per_page is not sent. */
export const DEFAULT_PER_PAGE = 50;

/** Scoro's envelope (notes §2). The HTTP status mirrors `statusCode` (ASSUMPTION, UNVERIFIED 3). */
export function ok(data: unknown): SandboxResponse {
	return envelope(200, { status: 'OK', statusCode: 200, messages: null, data });
}

export function fail(statusCode: number, ...errors: string[]): SandboxResponse {
	return envelope(statusCode, { status: 'ERROR', statusCode, messages: { error: errors }, data: null });
}

function envelope(status: number, body: unknown, headers: Record<string, string> = {}): SandboxResponse {
	return {
		status,
		headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
		body: JSON.stringify(body),
	};
}

export interface ParsedCall {
	module: string;
	action: string;
	id?: string;
	body: Record<string, unknown>;
}

/** `/api/v2/<module>/<action>[/<id>]` and the JSON body. */
export function parseCall(req: SandboxRequest): ParsedCall | SandboxResponse {
	if (!req.path.startsWith(API_PREFIX + '/'))
		return fail(404, `Unknown API path ${req.path}; use ${API_PREFIX}/<module>/<action>`);
	const [module, action, id, ...rest] = req.path
		.slice(API_PREFIX.length + 1)
		.split('/')
		.map(decodeURIComponent);
	if (!module || !action || rest.length) return fail(404, `Unknown API path ${req.path}`);
	let body: unknown = {};
	if (req.body.trim() !== '') {
		try {
			body = JSON.parse(req.body);
		} catch {
			return fail(400, 'Request body is not valid JSON');
		}
	}
	if (!body || typeof body !== 'object' || Array.isArray(body)) return fail(400, 'Request body must be a JSON object');
	return { module, action, id: id === undefined || id === '' ? undefined : id, body: body as Record<string, unknown> };
}

/** The date a record shows: `YYYY-MM-DD HH:mm:ss` (sql) or ISO 8601 with offset (contacts). */
export function formatDate(iso: string, style: 'sql' | 'iso'): string {
	const s = new Date(iso).toISOString().slice(0, 19);
	return style === 'sql' ? s.replace('T', ' ') : `${s}+00:00`;
}

/** A stored record as Scoro answers it. */
export function render(spec: ScoroModuleSpec, r: StoredRecord, detailed: boolean): Record<string, unknown> {
	const out: Record<string, unknown> = {
		[spec.idField]: Number(r.id),
		...r.fields,
		created_date: formatDate(r.createdAt, spec.dateStyle),
		modified_date: formatDate(r.modifiedAt, spec.dateStyle),
		is_deleted: r.fields.is_deleted === true,
	};
	if (!('deleted_date' in out)) out.deleted_date = null;
	// Notes §3.1: `lines` is null on list and filled on view (and on a detailed list).
	if (spec.hasLines && !detailed) out.lines = null;
	return out;
}

/** A real calendar day written `YYYY-MM-DD` (luxon: 2025-02-30 and 2025-13-45 are not). */
export function isCalendarDate(value: unknown): boolean {
	return (
		typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && DateTime.fromISO(value, { zone: 'utc' }).isValid
	);
}

/** Parses a filter date: `YYYY-MM-DD` is a whole UTC day, `YYYY-MM-DD HH:mm:ss` is UTC, ISO as given. */
function filterInstant(value: unknown, end: boolean): number {
	const text = String(value ?? '').trim();
	// Impossible calendar values are refused (Date.parse would move them to the next month).
	if (!DateTime.fromISO(text.replace(' ', 'T'), { zone: 'utc' }).isValid) return Number.NaN;
	if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return Date.parse(`${text}T${end ? '23:59:59.999' : '00:00:00'}Z`);
	if (/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2})?$/.test(text)) return Date.parse(`${text.replace(' ', 'T')}Z`);
	return Date.parse(text);
}

function matches(spec: ScoroModuleSpec, r: StoredRecord, filter: Record<string, unknown>): boolean | string {
	const view = render(spec, r, true);
	for (const [key, want] of Object.entries(filter)) {
		if (want === undefined || want === null || want === '') continue;
		if (typeof want === 'object' && !Array.isArray(want)) {
			const range = want as Record<string, unknown>;
			if (!('from_date' in range) && !('to_date' in range)) return `filter.${key}: use {from_date, to_date}`;
			const stamp =
				key === 'modified_date' ? r.modifiedAt : key === 'created_date' ? r.createdAt : String(view[key] ?? '');
			const at = Date.parse(stamp.length === 10 ? `${stamp}T00:00:00Z` : stamp);
			if (range.from_date !== undefined) {
				const from = filterInstant(range.from_date, false);
				if (Number.isNaN(from))
					return `filter.${key}.from_date: "${String(range.from_date)}" is not a date (YYYY-MM-DD or YYYY-MM-DD HH:mm:ss)`;
				if (Number.isNaN(at) || at < from) return false;
			}
			if (range.to_date !== undefined) {
				const to = filterInstant(range.to_date, true);
				if (Number.isNaN(to)) return `filter.${key}.to_date: "${String(range.to_date)}" is not a date`;
				if (Number.isNaN(at) || at > to) return false;
			}
			continue;
		}
		const have = view[key];
		const wants = Array.isArray(want) ? want.map(String) : [String(want)];
		const haves = Array.isArray(have) ? have.map(String) : [String(have)];
		if (!wants.some((w) => haves.includes(w))) return false;
	}
	return true;
}

function isTrue(v: unknown): boolean {
	return v === true || v === 1 || v === '1' || v === 'true';
}

/**
 * ASSUMED (contract.ts): a list request names a bookmark in a top-level field; the bookmark's stored
 * filter then applies as well as the request's own (both must match). A bookmark of another module,
 * or one that does not exist, is an error rather than an unfiltered list.
 */
function bookmarkFilter(
	store: RecordStore,
	module: string,
	id: unknown,
): { filter: Record<string, unknown> } | SandboxResponse | undefined {
	if (id === undefined || id === null || id === '') return undefined;
	const bookmark = store.get(BOOKMARKS_MODULE, String(id));
	if (!bookmark || bookmark.fields.is_deleted)
		return fail(404, `${BOOKMARK_LIST_PARAM}: bookmark ${String(id)} not found`);
	if (bookmark.fields.module !== module) {
		return fail(
			400,
			`${BOOKMARK_LIST_PARAM}: bookmark ${String(id)} ("${String(bookmark.fields.name)}") is a bookmark of ${String(bookmark.fields.module)}, not of ${module}`,
		);
	}
	const filter = bookmark.fields.filter;
	return {
		filter: filter && typeof filter === 'object' && !Array.isArray(filter) ? (filter as Record<string, unknown>) : {},
	};
}

function list(
	spec: ScoroModuleSpec,
	module: string,
	store: RecordStore,
	body: Record<string, unknown>,
): SandboxResponse {
	const detailed = isTrue(body.detailed_response);
	const cap = detailed ? MAX_PER_PAGE_DETAILED : MAX_PER_PAGE;
	const requested = body.per_page === undefined ? DEFAULT_PER_PAGE : Number(body.per_page);
	const page = body.page === undefined ? 1 : Number(body.page);
	if (!Number.isInteger(requested) || requested < 1)
		return fail(400, `per_page must be a positive integer, got ${JSON.stringify(body.per_page)}`);
	if (!Number.isInteger(page) || page < 1)
		return fail(400, `page must be a positive integer, got ${JSON.stringify(body.page)}`);
	// FACT (D1): at most 100 per page "regardless of the value sent"; ASSUMED smaller cap when detailed.
	const perPage = Math.min(requested, cap);
	const request = (body.request && typeof body.request === 'object' ? body.request : {}) as Record<string, unknown>;
	const includeDeleted = isTrue(body.include_deleted) || isTrue(request.include_deleted);
	const filter = (
		body.filter && typeof body.filter === 'object' && !Array.isArray(body.filter) ? body.filter : {}
	) as Record<string, unknown>;
	const saved = bookmarkFilter(store, module, body[BOOKMARK_LIST_PARAM]);
	if (saved && 'status' in saved) return saved;
	const filters = saved ? [saved.filter, filter] : [filter];
	const rows: Record<string, unknown>[] = [];
	for (const r of store.list(module)) {
		if (r.fields.is_deleted && !includeDeleted) continue;
		let keep = true;
		for (const f of filters) {
			const m = matches(spec, r, f);
			if (typeof m === 'string') return fail(400, m);
			if (!m) {
				keep = false;
				break;
			}
		}
		if (keep) rows.push(render(spec, r, detailed));
	}
	return ok(rows.slice((page - 1) * perPage, page * perPage));
}

function notFound(module: string, id: string | undefined): SandboxResponse {
	return fail(404, `${module}: object with ID ${String(id)} not found`);
}

export interface WriteEvent {
	module: string;
	action: 'create' | 'modify' | 'delete';
	record: StoredRecord;
}

/** Checks that an id given in `field` points at a live record of `module`. */
function refCheck(
	store: RecordStore,
	errors: string[],
	where: string,
	module: string,
	value: FieldValue | undefined,
): void {
	if (value === undefined || value === null || value === '' || value === -1) return;
	const r = store.get(module, String(value));
	if (!r || r.fields.is_deleted) errors.push(`${where}: ${module} with ID ${String(value)} does not exist`);
}

function validate(module: string, store: RecordStore, fields: Fields, creating: boolean): string[] {
	const errors: string[] = [];
	const isDoc = module === 'invoices' || module === 'bills' || module === 'prepayments';
	// Scoro stores `YYYY-mm-dd` dates (reference §3) and refuses impossible ones: 2025-02-30 is a 400, not March 2nd.
	for (const key of ['date', 'deadline', 'recognition_date', 'dateofpayment']) {
		const v = fields[key];
		if (v !== undefined && v !== null && v !== '' && !isCalendarDate(v))
			errors.push(`${key}: "${String(v)}" is not a valid date in YYYY-MM-DD format`);
	}
	if (
		(isDoc || module === 'receipts') &&
		fields.currency !== undefined &&
		fields.currency !== null &&
		!ISO_4217.has(String(fields.currency))
	) {
		errors.push(`currency: "${String(fields.currency)}" is not a valid ISO 4217 currency code`);
	}
	if (isDoc) {
		if (creating && (fields.company_id === undefined || fields.company_id === null))
			errors.push('company_id: the payer (company_id) is required');
		refCheck(store, errors, 'company_id', 'contacts', fields.company_id);
		refCheck(store, errors, 'project_id', 'projects', fields.project_id);
		if (fields.status !== undefined && !['paid', 'unpaid'].includes(String(fields.status)))
			errors.push(`status: must be paid or unpaid, got "${String(fields.status)}"`);
		if (fields.lines !== undefined) {
			if (!Array.isArray(fields.lines)) errors.push('lines: must be an array of line objects');
			else
				(fields.lines as Fields[]).forEach((l, i) => {
					if (!l || typeof l !== 'object') return errors.push(`lines[${i}]: must be an object`);
					for (const k of ['price', 'amount']) {
						if (l[k] !== undefined && l[k] !== null && !Number.isFinite(Number(l[k])))
							errors.push(`lines[${i}].${k}: "${String(l[k])}" is not a number`);
					}
					refCheck(store, errors, `lines[${i}].finance_account_id`, 'financeAccounts', l.finance_account_id);
					refCheck(store, errors, `lines[${i}].vat_code_id`, 'vatCodes', l.vat_code_id);
					refCheck(store, errors, `lines[${i}].finance_object_id`, 'financeObjects', l.finance_object_id);
					refCheck(store, errors, `lines[${i}].project_id`, 'projects', l.project_id);
					return undefined;
				});
		}
		if (module === 'invoices' && fields.credited_invoices !== undefined) {
			if (!Array.isArray(fields.credited_invoices)) errors.push('credited_invoices: must be an array of invoice IDs');
			else for (const id of fields.credited_invoices) refCheck(store, errors, 'credited_invoices', 'invoices', id);
		}
	}
	if (module === 'contacts') {
		if (creating && !fields.name) errors.push('name: a contact needs a name');
		if (fields.contact_type !== undefined && !['company', 'person'].includes(String(fields.contact_type)))
			errors.push(`contact_type: must be company or person, got "${String(fields.contact_type)}"`);
	}
	if (module === 'receipts') {
		if (creating && !Array.isArray(fields.receipts)) errors.push('receipts: a receipt group needs a receipts array');
		const docType = String(fields.sales_doc_type ?? 'invoices');
		if (!['invoices', 'bills', 'expenses'].includes(docType))
			errors.push(`sales_doc_type: must be invoices, bills or expenses, got "${docType}"`);
		refCheck(store, errors, 'contact_id', 'contacts', fields.contact_id);
		if (Array.isArray(fields.receipts)) {
			(fields.receipts as Fields[]).forEach((r, i) => {
				if (!Number.isFinite(Number(r?.sum))) errors.push(`receipts[${i}].sum: a number is required`);
				if (docType !== 'expenses') refCheck(store, errors, `receipts[${i}].invoice_id`, docType, r?.invoice_id);
			});
		}
	}
	if (module === 'financeAccounts' && creating && !fields.account_symbol) errors.push('account_symbol: required');
	if (module === 'vatCodes' && fields.percent !== undefined && !Number.isFinite(Number(fields.percent)))
		errors.push('percent: must be a number');
	if (module === 'projects' && creating && !fields.project_name) errors.push('project_name: required');
	return errors;
}

/** Lines: a sent `lines` array replaces the whole collection (contract.ts); ids of kept lines stay. */
function assignLineIds(store: RecordStore, module: string, lines: Fields[]): Fields[] {
	let max = 0;
	for (const r of store.list(module))
		for (const l of (r.fields.lines as Fields[] | null) ?? []) max = Math.max(max, Number(l.id) || 0);
	return lines.map((l) => (l.id !== undefined && l.id !== null && l.id !== '' ? l : { ...l, id: ++max }));
}

function nextNumber(store: RecordStore, module: string): number {
	return (
		store.list(module).reduce((m, r) => Math.max(m, Number(r.fields.no) || 0), module === 'invoices' ? 1000 : 0) + 1
	);
}

function modify(
	spec: ScoroModuleSpec,
	module: string,
	id: string | undefined,
	body: Record<string, unknown>,
	store: RecordStore,
	events: WriteEvent[],
): SandboxResponse {
	const request = body.request;
	if (!request || typeof request !== 'object' || Array.isArray(request))
		return fail(400, 'request: the object to save is missing');
	const input = { ...(request as Fields) };
	delete input[spec.idField];
	for (const k of [
		'created_date',
		'modified_date',
		'is_deleted',
		'deleted_date',
		'sum',
		'vat_sum',
		'paid_sum',
		'receivable_sum',
	])
		delete input[k];
	const creating = id === undefined || id === '0';
	const existing = creating ? undefined : store.get(module, id);
	if (!creating && (!existing || existing.fields.is_deleted)) return notFound(module, id);
	const errors = validate(module, store, input, creating);
	if (errors.length) return fail(400, ...errors);
	let fields: Fields = { ...(existing?.fields ?? {}), ...input };
	if (spec.hasLines) {
		if (Array.isArray(input.lines)) fields.lines = assignLineIds(store, module, input.lines as Fields[]);
		else if (!Array.isArray(fields.lines)) fields.lines = [];
		fields = withTotals(store, fields);
		if (creating && fields.no === undefined && module !== 'bills') fields.no = nextNumber(store, module);
		if (creating && fields.status === undefined) fields.status = 'unpaid';
		if (module === 'invoices' && !Array.isArray(fields.credited_invoices)) fields.credited_invoices = [];
	}
	if (module === 'receipts') {
		let maxReceipt = 0;
		for (const g of store.list('receipts'))
			for (const r of (g.fields.receipts as Fields[] | undefined) ?? [])
				maxReceipt = Math.max(maxReceipt, Number(r.receipt_id) || 0);
		const receipts: Fields[] = ((fields.receipts as Fields[]) ?? []).map((r) => ({
			...r,
			receipt_id: r.receipt_id ?? ++maxReceipt,
		}));
		fields.receipts = receipts;
		fields.sales_doc_type = fields.sales_doc_type ?? 'invoices';
		fields.sum = receipts.reduce((s, r) => s + Number(r.sum ?? 0), 0);
	}
	let saved: StoredRecord;
	if (creating) saved = store.insert(module, fields);
	else saved = store.update(module, id, fields);
	events.push({ module, action: creating ? 'create' : 'modify', record: saved });
	if (module === 'receipts') settleReceipt(store, saved, existing, events);
	return ok(render(spec, store.get(module, saved.id)!, true));
}

function settleReceipt(
	store: RecordStore,
	group: StoredRecord,
	before: StoredRecord | undefined,
	events: WriteEvent[],
): void {
	const docs = (g: StoredRecord | undefined): [string, string[]] => [
		String(g?.fields.sales_doc_type ?? 'invoices'),
		((g?.fields.receipts as Fields[] | undefined) ?? []).map((r) => String(r.invoice_id)),
	];
	for (const [docType, ids] of [docs(group), docs(before)]) {
		if (docType !== 'invoices' && docType !== 'bills') continue;
		for (const doc of settle(store, docType, ids)) events.push({ module: docType, action: 'modify', record: doc });
	}
}

function remove(
	spec: ScoroModuleSpec,
	module: string,
	id: string | undefined,
	store: RecordStore,
	now: string,
	events: WriteEvent[],
): SandboxResponse {
	const existing = id === undefined ? undefined : store.get(module, id);
	if (!existing || existing.fields.is_deleted) return notFound(module, id);
	if (module === 'invoices') {
		const crediting = store.find(
			'invoices',
			(r) =>
				!r.fields.is_deleted &&
				Array.isArray(r.fields.credited_invoices) &&
				r.fields.credited_invoices.map(String).includes(existing.id),
		);
		if (crediting)
			return fail(
				400,
				`invoices: invoice ${existing.id} is credited by invoice ${crediting.id}; delete the credit invoice first`,
			);
	}
	// Deleted records stay listable with include_deleted (notes §4), so the delete is soft.
	const saved = store.update(module, existing.id, { is_deleted: true, deleted_date: formatDate(now, 'iso') });
	events.push({ module, action: 'delete', record: saved });
	if (module === 'receipts') settleReceipt(store, saved, existing, events);
	return ok(null);
}

function webhooks(
	action: string,
	id: string | undefined,
	body: Record<string, unknown>,
	store: RecordStore,
	runtime: ScoroRuntime,
): SandboxResponse {
	if (action === 'list') return ok(store.list('webhooks').map((r) => ({ id: Number(r.id), ...r.fields })));
	if (action === 'unsubscribe') {
		if (!id || !store.get('webhooks', id)) return fail(404, `webhooks: webhook ${String(id)} not found`);
		store.delete('webhooks', id);
		return ok(null);
	}
	if (action !== 'subscribe') return fail(404, `webhooks: unknown action ${action}`);
	const request = (body.request ?? {}) as Record<string, unknown>;
	const errors: string[] = [];
	if (!WEBHOOK_MODULES.includes(String(request.module)))
		errors.push(`module: "${String(request.module)}" cannot be subscribed to (one of ${WEBHOOK_MODULES.join(', ')})`);
	if (!(WEBHOOK_ACTIONS as readonly string[]).includes(String(request.action)))
		errors.push(`action: must be one of ${WEBHOOK_ACTIONS.join(', ')}`);
	let url: URL | undefined;
	try {
		url = new URL(String(request.url));
	} catch {
		errors.push(`url: "${String(request.url)}" is not a URL`);
	}
	// FACT (D2 20.4, WH): Scoro rejects webhook URLs whose domain is not verified.
	if (url && !runtime.verifiedDomains.has(url.hostname.toLowerCase())) {
		errors.push(
			`url: the domain ${url.hostname} is not verified. Verify it in Scoro (verification file in the site root or a DNS TXT record) and try again.`,
		);
	}
	if (errors.length) return fail(400, ...errors);
	const saved = store.insert('webhooks', {
		module: String(request.module),
		action: String(request.action),
		url: String(request.url),
		fields: (request.fields as FieldValue) ?? [],
		status: 'active',
	});
	return ok({ id: Number(saved.id), ...saved.fields });
}

/** Quota answer (ASSUMED signal, contract.ts): 429, a message naming the daily limit, reset headers. */
function quotaSpent(runtime: ScoroRuntime, nowMs: number): SandboxResponse {
	const midnight = new Date(nowMs);
	midnight.setUTCHours(24, 0, 0, 0);
	const seconds = Math.max(1, Math.ceil((midnight.getTime() - nowMs) / 1000));
	return envelope(
		429,
		{
			status: 'ERROR',
			statusCode: 429,
			messages: { error: [`Daily API request limit of ${String(runtime.quota.limit)} requests reached`] },
			data: null,
		},
		{
			[RATE_LIMIT_HEADERS.retryAfter]: String(seconds),
			[RATE_LIMIT_HEADERS.limit]: String(runtime.quota.limit ?? ''),
			[RATE_LIMIT_HEADERS.remaining]: '0',
			[RATE_LIMIT_HEADERS.reset]: String(Math.floor(midnight.getTime() / 1000)),
		},
	);
}

export function handleApi(req: SandboxRequest, ctx: SystemContext, runtime: ScoroRuntime): SandboxResponse {
	if (req.method !== 'POST') return fail(405, 'Scoro API calls are POST requests with a JSON body');
	const call = parseCall(req);
	if ('status' in call) return call;
	const { module, action, id, body } = call;
	// Credentials are in the body (notes §1).
	// Only the company API key mode is simulated (user tokens: notes §1, issuance undocumented).
	if (body.apiKey !== SCORO_SANDBOX_CREDENTIALS.apiKey) {
		return fail(
			401,
			body.user_token !== undefined && body.apiKey === undefined
				? 'User tokens are not supported by the sandbox; use the API key'
				: 'Invalid API key',
		);
	}
	if (body.company_account_id !== SCORO_SANDBOX_CREDENTIALS.companyAccountId) {
		return fail(401, `Unknown company account "${String(body.company_account_id ?? '')}"`);
	}
	// Daily quota (off unless set through the admin API; the documented default is DEFAULT_DAILY_QUOTA).
	const nowMs = ctx.clock.nowMs();
	const limit = runtime.quota.limit;
	if (limit !== undefined) {
		const day = new Date(nowMs).toISOString().slice(0, 10);
		if (runtime.quota.day !== day) runtime.quota = { ...runtime.quota, day, used: 0 };
		if (runtime.quota.used >= limit) return quotaSpent(runtime, nowMs);
		runtime.quota.used += 1;
	}
	if (module === 'webhooks') return webhooks(action, id, body, ctx.store, runtime);
	const spec = SCORO_MODULES[module];
	if (!spec) return fail(404, `Unknown module "${module}"`);
	if (!spec.actions.has(action)) return fail(404, `${module}: action "${action}" is not available`);
	const events: WriteEvent[] = [];
	let response: SandboxResponse;
	switch (action) {
		case 'list':
			return list(spec, module, ctx.store, body);
		case 'view': {
			const r = id === undefined ? undefined : ctx.store.get(module, id);
			if (!r || r.fields.is_deleted) return notFound(module, id);
			return ok(render(spec, r, true));
		}
		case 'modify':
			response = modify(spec, module, id, body, ctx.store, events);
			break;
		case 'delete':
			response = remove(spec, module, id, ctx.store, ctx.clock.now().toISOString(), events);
			break;
		default:
			return fail(404, `${module}: action "${action}" is not available`);
	}
	for (const e of events) runtime.notify(e, ctx);
	return response;
}

export { DEFAULT_DAILY_QUOTA };
