import { json, parseJsonBody, HttpError } from '../core/http';
import type { Fields, RecordStore, StoredRecord } from '../core/store';
import type { SandboxRequest, SandboxResponse, SystemContext, SystemModule } from '../core/types';
import {
	ARCHIVE_SUFFIX,
	AUTH,
	ENVELOPE,
	ERROR_CODES,
	MODIFIED,
	PAGING,
	RECORD_STATUS,
	RESOURCES,
	VOID_SUFFIX,
	type ContractError,
	type ResourceKey,
} from '../../nodes/ReLeased/transport/contract';
import {
	ApiError,
	applyToInvoice,
	buildAccount,
	buildAdjustment,
	buildContact,
	buildCreditNote,
	buildInvoice,
	buildPayment,
	buildTaxType,
	buildTrackingOption,
	SANDBOX_SETTINGS,
	toApi,
	writableFields,
} from './model';
import { seedReLeased } from './seed';

/** The token the sandbox accepts (the sandbox credential uses it). Admin: POST /__admin/released/token. */
export const SANDBOX_API_TOKEN = 'released-sandbox-token';

type Builder = (store: RecordStore, input: Fields, existing?: StoredRecord) => Fields;

const CREATE: Partial<Record<ResourceKey, Builder>> = {
	contact: buildContact,
	invoice: buildInvoice,
	creditNote: buildCreditNote,
	adjustment: buildAdjustment,
	payment: buildPayment,
	account: buildAccount,
	taxType: buildTaxType,
	trackingOption: buildTrackingOption,
};

const UPDATE: Partial<Record<ResourceKey, Builder>> = {
	contact: buildContact,
	invoice: buildInvoice,
	account: buildAccount,
	taxType: buildTaxType,
	trackingOption: buildTrackingOption,
};

const byPath = new Map(Object.entries(RESOURCES).map(([key, c]) => [c.path, key as ResourceKey]));

interface Route {
	resource: ResourceKey;
	id?: string;
	action?: 'void' | 'archive';
}

function route(path: string): Route | undefined {
	const m = /^(\/[^/]+)(?:\/([^/]+)(\/[^/]+)?)?\/?$/.exec(path);
	if (!m) return undefined;
	const resource = byPath.get(m[1]);
	if (!resource) return undefined;
	const action = m[3] === VOID_SUFFIX ? 'void' : m[3] === ARCHIVE_SUFFIX ? 'archive' : undefined;
	if (m[3] && !action) return undefined;
	return { resource, id: m[2] ? decodeURIComponent(m[2]) : undefined, action };
}

function errorBody(status: number, code: string, message: string, errors?: ContractError['errors']): SandboxResponse {
	const body: ContractError = { code, message, ...(errors?.length ? { errors } : {}) };
	return json(status, body);
}

/**
 * Re-Leased, simulated on the connector's explicit contract (nodes/ReLeased/transport/contract.ts):
 * the same paths, auth header, envelope, paging, modified-since filter and error body, because
 * they are imported from there. Every API-surface behaviour is ASSUMED (Re-Leased publishes no API
 * reference); the data model and the business rules marked VERIFIED follow the help centre.
 */
export function createReLeasedSystem(): SystemModule {
	let token = SANDBOX_API_TOKEN;

	function authorised(req: SandboxRequest): boolean {
		const header = req.headers[AUTH.defaultHeader.toLowerCase()];
		return header === `${AUTH.defaultPrefix}${token}`;
	}

	function list(store: RecordStore, resource: ResourceKey, url: URL): SandboxResponse {
		const q = url.searchParams;
		const page = Number(q.get(PAGING.pageParam) ?? PAGING.firstPage);
		const pageSize = Number(q.get(PAGING.pageSizeParam) ?? PAGING.maxPageSize);
		if (!Number.isInteger(page) || page < PAGING.firstPage) {
			return errorBody(400, ERROR_CODES.validation, `${PAGING.pageParam} must be an integer from ${PAGING.firstPage}`);
		}
		if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > PAGING.maxPageSize) {
			return errorBody(
				400,
				ERROR_CODES.validation,
				`${PAGING.pageSizeParam} must be an integer from 1 to ${PAGING.maxPageSize}`,
			);
		}
		let records = store.list(resource);
		const sinceText = q.get(MODIFIED.sinceParam);
		if (sinceText !== null) {
			const since = Date.parse(sinceText);
			if (Number.isNaN(since))
				return errorBody(400, ERROR_CODES.validation, `${MODIFIED.sinceParam} must be an ISO 8601 instant`);
			records = records.filter((r) => Date.parse(r.modifiedAt) >= since);
		}
		for (const [name, wire] of Object.entries(RESOURCES[resource].filters)) {
			const value = q.get(wire);
			if (value === null || value === '') continue;
			if (name === 'search') {
				const needle = value.toLowerCase();
				records = records.filter((r) =>
					['name', 'email', 'reference'].some((f) =>
						String(r.fields[f] ?? '')
							.toLowerCase()
							.includes(needle),
					),
				);
			} else records = records.filter((r) => String(r.fields[wire] ?? '') === value);
		}
		// Contract: oldest modification first, ties by id, so paging during polling is stable.
		records.sort(
			(a, b) => a.modifiedAt.localeCompare(b.modifiedAt) || a.id.localeCompare(b.id, 'en', { numeric: true }),
		);
		const start = (page - PAGING.firstPage) * pageSize;
		const slice = records.slice(start, start + pageSize);
		return json(200, {
			[ENVELOPE.dataKey]: slice.map(toApi),
			[PAGING.pageParam]: page,
			[PAGING.pageSizeParam]: pageSize,
			[ENVELOPE.hasMoreKey]: start + pageSize < records.length,
		});
	}

	function one(record: StoredRecord, status = 200): SandboxResponse {
		return json(status, { [ENVELOPE.dataKey]: toApi(record) });
	}

	function write(ctx: SystemContext, req: SandboxRequest, r: Route): SandboxResponse {
		const { store } = ctx;
		const { resource } = r;
		const existing = r.id ? store.get(resource, r.id) : undefined;
		if (r.id && !existing) return errorBody(404, ERROR_CODES.notFound, `No ${resource} with id ${r.id}`);
		let body: unknown;
		try {
			body = parseJsonBody(req.body);
		} catch {
			return errorBody(400, ERROR_CODES.validation, 'The body is not valid JSON');
		}

		if (req.method === 'POST' && !r.id) {
			const build = CREATE[resource];
			if (!build)
				return errorBody(405, ERROR_CODES.validation, `${resource} records cannot be created through the API`);
			// `status` is writable only where the contract lists it (a save action on invoices and credit notes).
			const input = writableFields(resource, body);
			const fields = build(store, input);
			if (resource === 'payment')
				applyToInvoice(store, String(fields.invoiceId), Number(fields.amount), 'payment', fields.contactId);
			if (
				(resource === 'creditNote' || resource === 'adjustment') &&
				fields.invoiceId &&
				fields.status === 'Approved'
			) {
				const invoice = store.get('invoice', String(fields.invoiceId));
				const credit = Math.min(Number(fields.total), Number(invoice?.fields.amountDue ?? 0));
				applyToInvoice(
					store,
					String(fields.invoiceId),
					credit,
					resource === 'creditNote' ? 'credit note' : 'adjustment',
					fields.contactId,
				);
				if (resource === 'creditNote') fields.remainingCredit = Math.round((Number(fields.total) - credit) * 100) / 100;
			}
			return one(store.insert(resource, fields), 201);
		}

		if (req.method === 'PATCH' && existing && !r.action) {
			const build = UPDATE[resource];
			if (!build)
				return errorBody(405, ERROR_CODES.validation, `${resource} records cannot be updated through the API`);
			if (resource === 'invoice' && ['Voided', 'Paid'].includes(String(existing.fields.status))) {
				return errorBody(
					409,
					ERROR_CODES.conflict,
					`Invoice ${existing.id} is ${String(existing.fields.status)} and can no longer be changed`,
				);
			}
			const input = writableFields(resource, body);
			if (resource !== 'invoice' && existing.fields.status === RECORD_STATUS.archived) {
				return errorBody(409, ERROR_CODES.conflict, `${resource} ${existing.id} is archived`);
			}
			const fields = build(store, input, existing);
			return one(store.update(resource, existing.id, fields));
		}

		if (req.method === 'POST' && existing && r.action === 'void') {
			if (!RESOURCES[resource].void)
				return errorBody(405, ERROR_CODES.validation, `${resource} records cannot be voided`);
			const status = String(existing.fields.status);
			if (status === 'Voided') return errorBody(409, ERROR_CODES.conflict, `Invoice ${existing.id} is already voided`);
			if (Number(existing.fields.amountPaid ?? 0) > 0) {
				return errorBody(409, ERROR_CODES.conflict, `Invoice ${existing.id} has payments: undo them before voiding`);
			}
			return one(store.update(resource, existing.id, { status: 'Voided', amountDue: 0 }));
		}

		if (req.method === 'POST' && existing && r.action === 'archive') {
			if (!RESOURCES[resource].archive)
				return errorBody(405, ERROR_CODES.validation, `${resource} records cannot be archived`);
			if (existing.fields.status === RECORD_STATUS.archived) return one(existing);
			return one(store.update(resource, existing.id, { status: RECORD_STATUS.archived }));
		}

		return errorBody(405, ERROR_CODES.validation, `${req.method} is not allowed on ${req.path}`);
	}

	return {
		name: 'released',
		prefix: '/released',
		title: 'Re-Leased (API shape ASSUMED: contract in nodes/ReLeased/transport/contract.ts)',

		seed(store) {
			seedReLeased(store);
		},

		reset() {
			token = SANDBOX_API_TOKEN;
		},

		describe(req) {
			const r = route(req.path);
			if (!r) return {};
			const verb =
				r.action ?? (req.method === 'GET' ? (r.id ? 'get' : 'list') : req.method === 'PATCH' ? 'update' : 'create');
			return { operations: [`${r.resource}.${verb}`] };
		},

		handle(req, ctx) {
			if (!authorised(req)) {
				return errorBody(401, ERROR_CODES.unauthorized, 'The API token is missing or not valid');
			}
			const r = route(req.path);
			if (!r) return errorBody(404, ERROR_CODES.notFound, `No route ${req.method} ${req.path}`);
			try {
				if (req.method === 'GET' && !r.action) {
					if (!r.id) return list(ctx.store, r.resource, req.url);
					const record = ctx.store.get(r.resource, r.id);
					return record ? one(record) : errorBody(404, ERROR_CODES.notFound, `No ${r.resource} with id ${r.id}`);
				}
				return write(ctx, req, r);
			} catch (error) {
				if (error instanceof ApiError) return errorBody(error.status, error.code, error.message, error.errors);
				throw error;
			}
		},

		failureResponse(kind, _req, opts) {
			return kind === 'throttled'
				? errorBody(opts.status, ERROR_CODES.rateLimited, 'Too many requests: slow down')
				: errorBody(opts.status, ERROR_CODES.server, 'Something went wrong on our side');
		},

		admin(req, ctx) {
			if (req.path === '/unique-numbers' && req.method === 'POST') {
				const on = (req.json as { on?: unknown }).on;
				if (typeof on !== 'boolean') throw new HttpError(400, 'give {"on": true|false}');
				ctx.store.upsert(SANDBOX_SETTINGS, 'uniqueNumbers', { on });
				return json(200, { ok: true, uniqueNumbers: on });
			}
			if (req.path === '/token' && req.method === 'POST') {
				const value = (req.json as { token?: unknown }).token;
				if (typeof value !== 'string' || value.length < 8)
					throw new HttpError(400, 'give {"token": "<at least 8 characters>"}');
				token = value;
				return json(200, { ok: true });
			}
			return undefined;
		},
	};
}
