import type { IDataObject, IHttpRequestMethods } from 'n8n-workflow';
import { requestJson, type HttpContext } from '../../shared/http';
import { collectPages } from '../../shared/paging';
import type { RetryPolicy } from '../../shared/retry';
import {
	compareIds,
	confirmedCreate,
	isUncertainOutcome,
	keyedCreate,
	type KeyedCreateOutcome,
} from '../../shared/safeCreate';
import { isOutcomeUnknown } from '../../shared/writeOutcome';
import { SyncError } from '../../shared/errors';
import {
	ARCHIVE_SUFFIX,
	ENVELOPE,
	ID_FIELD,
	INVOICE_STATUS,
	RECORD_STATUS,
	MODIFIED,
	PAGING,
	RESOURCES,
	VOID_SUFFIX,
	normaliseBaseUrl,
	readContractError,
	recordPath,
	type ResourceKey,
} from './contract';

export const SYSTEM = 'Re-Leased';
export const CREDENTIAL_TYPE = 'reLeasedApi';

/** Any n8n context that can read credentials and send authenticated requests. */
export interface ReLeasedContext extends HttpContext {
	getCredentials(type: string, itemIndex?: number): Promise<IDataObject>;
}

export interface ListQuery {
	/** Stable filter names of RESOURCES[resource].filters -> value. Empty values are skipped. */
	filters?: IDataObject;
	modifiedSince?: string;
	/** Undefined = every page. */
	limit?: number;
}

/**
 * The one way this package calls Re-Leased: the contract's paths, envelope, paging and error
 * body on top of the shared JSON request (retries, SyncError). Nothing else here is Re-Leased's.
 */
export class ReLeasedClient {
	private baseUrl?: string;
	private token?: string;

	constructor(
		private readonly ctx: ReLeasedContext,
		private readonly options: { retry?: RetryPolicy } = {},
	) {}

	private async base(): Promise<string> {
		if (this.baseUrl === undefined) {
			const credentials = await this.ctx.getCredentials(CREDENTIAL_TYPE);
			this.baseUrl = normaliseBaseUrl(credentials.baseUrl);
			this.token = String(credentials.apiToken ?? '');
			if (!this.baseUrl) {
				throw new Error('The Re-Leased credential has no Base URL: enter the API root Re-Leased gave you');
			}
		}
		return this.baseUrl;
	}

	/** Any call on the API (the generic request operation uses it directly). */
	async request<T = IDataObject>(
		method: IHttpRequestMethods,
		path: string,
		options: { qs?: IDataObject; body?: unknown; idempotent?: boolean } = {},
	): Promise<T> {
		const baseURL = await this.base();
		const res = await requestJson<T>(this.ctx, {
			system: SYSTEM,
			credentialType: CREDENTIAL_TYPE,
			request: {
				method,
				// One absolute URL: base + path, never URL resolution (which would drop a base path such as /v1).
				url: `${baseURL}${path.startsWith('/') ? path : `/${path}`}`,
				qs: options.qs,
				body: options.body as IDataObject | undefined,
				headers: { Accept: 'application/json' },
			},
			// Reads repeat safely; writes only retry on 429 (the shared rule), never on an unknown outcome.
			idempotent: options.idempotent ?? method === 'GET',
			readError: readContractError,
			secrets: this.token ? [this.token] : [],
			retry: this.options.retry,
		});
		return res.body;
	}

	/** The record inside the contract's single-record envelope. */
	private unwrap(body: unknown): IDataObject {
		const data = (body as IDataObject | undefined)?.[ENVELOPE.dataKey];
		if (!data || typeof data !== 'object' || Array.isArray(data)) {
			throw new Error(`Re-Leased answered without a record in "${ENVELOPE.dataKey}"`);
		}
		return data as IDataObject;
	}

	async get(resource: ResourceKey, id: string): Promise<IDataObject> {
		return this.unwrap(await this.request('GET', recordPath(resource, id)));
	}

	/**
	 * POST a new record. Re-Leased offers no idempotency key, so when the answer is lost (no answer,
	 * 5xx) the record is looked up by its natural key (contract.ts `naturalKey`; a payment by its
	 * invoice, reference and amount) and sent again only when the look-up proves it absent. A record
	 * without a key is reported as "outcome unknown" (shared/safeCreate.ts), never re-sent blindly.
	 */
	async create(resource: ResourceKey, record: IDataObject): Promise<IDataObject> {
		const keyed = this.createdLookup(resource, record);
		const { record: created } = await confirmedCreate<IDataObject>({
			system: SYSTEM,
			where: keyed?.where ?? `Re-Leased ${RESOURCES[resource].path.replace(/^\//, '')} for the record this item sent`,
			send: async () => this.unwrap(await this.request('POST', RESOURCES[resource].path, { body: record })),
			lookup: keyed?.lookup,
		});
		return created;
	}

	/**
	 * Issue 20 case 1: a create that two runs at once (a schedule firing during a slow run, two queue-mode
	 * workers) make only once, without relying on Re-Leased refusing a repeated number (that rule is
	 * ASSUMED). shared/safeCreate.ts keyedCreate: nothing is sent when a live record with the same key is
	 * there; a lost answer is confirmed by the key; after writing, the key's live records are read again
	 * in creation order (createdAt, then ID) and the run whose record is not the first removes its own
	 * copy: invoices are voided, accounts, tax types and tracking options archived (the contract's only
	 * ways to take a record back). Contacts, credit notes, adjustments and payments have no void, archive
	 * or delete in the contract: the later copy is then reported "outcome unknown", naming both records,
	 * so that it reaches the failure log instead of staying silent. Records without a key: plain create().
	 */
	async createOnce(
		resource: ResourceKey,
		record: IDataObject,
	): Promise<{ record: IDataObject; outcome: KeyedCreateOutcome }> {
		const keyed = this.createdLookup(resource, record);
		if (!keyed) return { record: await this.create(resource, record), outcome: 'created' };
		const contract = RESOURCES[resource];
		// Copies taken back (voided, archived) no longer count; where nothing can be taken back, every record does.
		const live = (r: IDataObject) =>
			contract.void
				? r.status !== INVOICE_STATUS.Voided
				: contract.archive
					? r.status !== RECORD_STATUS.archived
					: true;
		const created = (r: IDataObject) => String(r[MODIFIED.createdField] ?? '');
		const copies = async () => (await keyed.lookup()).filter(live);
		let result: { record: IDataObject; outcome: KeyedCreateOutcome };
		try {
			result = await keyedCreate<IDataObject>({
				system: SYSTEM,
				where: keyed.where,
				send: async () => this.unwrap(await this.request('POST', contract.path, { body: record })),
				copies,
				idOf: (r) => String(r[ID_FIELD] ?? ''),
				// Creation order: the server's created time, then the ID (ASSUMED: both in the contract).
				order: (a, b) =>
					created(a) < created(b)
						? -1
						: created(a) > created(b)
							? 1
							: compareIds(String(a[ID_FIELD] ?? ''), String(b[ID_FIELD] ?? '')),
				remove: async (id) => {
					if (contract.void) await this.void(resource, id);
					else if (contract.archive) await this.archive(resource, id);
					// keyedCreate reports this as "outcome unknown" naming the copy to remove by hand.
					else throw new Error(`the Re-Leased API (contract) has no void, archive or delete for ${contract.path}`);
				},
			});
		} catch (error) {
			// Refused (4xx) after the look-up found nothing: if Re-Leased refused it because another run
			// wrote the same record in between (a repeated number or code), that record is this item's
			// result, not a failure (issue 20 case 7: a record that exists is never logged as failed).
			const refused = !isUncertainOutcome(error) && !isOutcomeUnknown(error);
			const now = refused ? await copies().catch(() => []) : [];
			if (now.length === 1) return { record: now[0]!, outcome: 'existing' };
			// The system's own answer goes back unchanged: item loops shape it for n8n with the item index.
			// eslint-disable-next-line @n8n/community-nodes/require-node-api-error
			throw error;
		}
		return result;
	}

	private createdLookup(
		resource: ResourceKey,
		record: IDataObject,
	): { where: string; lookup: () => Promise<IDataObject[]> } | undefined {
		const text = (v: unknown) =>
			v === undefined || v === null || String(v).trim() === '' ? undefined : String(v).trim();
		if (resource === 'payment') {
			const invoiceId = text(record.invoiceId);
			const reference = text(record.reference);
			if (!invoiceId || !reference) return undefined;
			return {
				where: `the payments of invoice ${invoiceId} with reference "${reference}"`,
				lookup: async () =>
					(await this.list('payment', { filters: { invoice: invoiceId } })).filter(
						(p) =>
							text(p.reference) === reference &&
							(record.amount === undefined || Math.abs(Number(p.amount) - Number(record.amount)) < 0.005),
					),
			};
		}
		const key = RESOURCES[resource].naturalKey;
		const value = key ? text(record[key.field]) : undefined;
		if (!key || !value) return undefined;
		const scope = (key.scope ?? []).filter((f) => record[f] !== undefined);
		return {
			where: `Re-Leased ${RESOURCES[resource].path.replace(/^\//, '')} with ${key.field} "${value}"${scope.map((f) => `, ${f} ${String(record[f])}`).join('')}`,
			lookup: async () =>
				(await this.list(resource, { filters: { [key.filter]: value } })).filter(
					(r) => text(r[key.field]) === value && scope.every((f) => r[f] === record[f]),
				),
		};
	}

	/** A one-step state change (void, archive) whose lost answer is confirmed by reading the record's status. */
	private async changeState(resource: ResourceKey, id: string, suffix: string, status: string): Promise<IDataObject> {
		const { record } = await confirmedCreate<IDataObject>({
			system: SYSTEM,
			where: `the status of Re-Leased ${RESOURCES[resource].path.replace(/^\//, '')} ${id}`,
			send: async () => this.unwrap(await this.request('POST', recordPath(resource, id, suffix), { body: {} })),
			lookup: async () => {
				const current = await this.get(resource, id);
				return current.status === status ? [current] : [];
			},
		});
		return record;
	}

	async update(resource: ResourceKey, id: string, patch: IDataObject): Promise<IDataObject> {
		// A PATCH with the same body twice lands on the same state: safe to retry.
		return this.unwrap(await this.request('PATCH', recordPath(resource, id), { body: patch, idempotent: true }));
	}

	async void(resource: ResourceKey, id: string): Promise<IDataObject> {
		return await this.changeState(resource, id, VOID_SUFFIX, INVOICE_STATUS.Voided);
	}

	async archive(resource: ResourceKey, id: string): Promise<IDataObject> {
		return await this.changeState(resource, id, ARCHIVE_SUFFIX, RECORD_STATUS.archived);
	}

	/** Every page (or up to `limit` records) of a list, with the contract's filters. */
	async list(resource: ResourceKey, query: ListQuery = {}): Promise<IDataObject[]> {
		const contract = RESOURCES[resource];
		const qs: IDataObject = {};
		for (const [name, value] of Object.entries(query.filters ?? {})) {
			const wire = contract.filters[name];
			if (!wire) throw new Error(`Re-Leased ${resource} lists cannot be filtered by "${name}"`);
			if (value === undefined || value === null || value === '') continue;
			qs[wire] = value;
		}
		if (query.modifiedSince) {
			const since = Date.parse(query.modifiedSince);
			if (Number.isNaN(since)) {
				throw new Error(
					`"Modified Since" is not a date: "${query.modifiedSince}". Use an ISO date such as 2024-05-01T00:00:00Z`,
				);
			}
			qs[MODIFIED.sinceParam] = new Date(since).toISOString();
		}
		const pageSize = Math.min(PAGING.maxPageSize, query.limit ?? PAGING.maxPageSize);
		// Issue 20: pages must add up. A page other than the one asked for, longer than the page size, or
		// repeating a record of an earlier page means records were skipped or repeated: an error, never a
		// short list returned as complete.
		const seenIds = new Set<string>();
		const pagingError = (page: number, what: string) =>
			new SyncError(
				`Re-Leased error PAGING: ${contract.path} page ${page} ${what}; nothing was returned, because records would be missing or repeated`,
				SYSTEM,
				'PAGING',
				`${contract.path} page ${page}: ${what}. Run again; if it persists, narrow the filters (e.g. Modified Since).`,
			);
		return await collectPages<IDataObject, number>(async (page) => {
			const current = page ?? PAGING.firstPage;
			const body = await this.request<IDataObject>('GET', contract.path, {
				qs: { ...qs, [PAGING.pageParam]: current, [PAGING.pageSizeParam]: pageSize },
			});
			const items = body?.[ENVELOPE.dataKey];
			if (!Array.isArray(items)) throw new Error(`Re-Leased answered a list without an array in "${ENVELOPE.dataKey}"`);
			if (body[PAGING.pageParam] !== undefined && Number(body[PAGING.pageParam]) !== current) {
				throw pagingError(current, `came back as page ${String(body[PAGING.pageParam])}`);
			}
			if (items.length > pageSize)
				throw pagingError(current, `held ${items.length} records for a page size of ${pageSize}`);
			for (const item of items as IDataObject[]) {
				const id = item?.[ID_FIELD];
				if (id === undefined || id === null) continue;
				// With its version: a record changed while the list is read may legitimately come again later.
				const key = `${String(id)}@${String(item[MODIFIED.field] ?? '')}`;
				if (seenIds.has(key))
					throw pagingError(current, `returned record ${String(id)} again (it was on an earlier page)`);
				seenIds.add(key);
			}
			return { items: items as IDataObject[], next: body[ENVELOPE.hasMoreKey] === true ? current + 1 : undefined };
		}, query.limit);
	}
}
