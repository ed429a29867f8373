import type { IDataObject, IHttpRequestMethods } from 'n8n-workflow';
import { requestJson, type HttpContext } from '../../shared/http';
import { collectPages } from '../../shared/paging';
import type { RetryPolicy } from '../../shared/retry';
import {
	ARCHIVE_SUFFIX,
	ENVELOPE,
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

	async create(resource: ResourceKey, record: IDataObject): Promise<IDataObject> {
		return this.unwrap(await this.request('POST', RESOURCES[resource].path, { body: record }));
	}

	async update(resource: ResourceKey, id: string, patch: IDataObject): Promise<IDataObject> {
		// A PATCH with the same body twice lands on the same state: safe to retry.
		return this.unwrap(await this.request('PATCH', recordPath(resource, id), { body: patch, idempotent: true }));
	}

	async void(resource: ResourceKey, id: string): Promise<IDataObject> {
		return this.unwrap(await this.request('POST', recordPath(resource, id, VOID_SUFFIX), { body: {} }));
	}

	async archive(resource: ResourceKey, id: string): Promise<IDataObject> {
		return this.unwrap(await this.request('POST', recordPath(resource, id, ARCHIVE_SUFFIX), { body: {} }));
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
				throw new Error(`"Modified Since" is not a date: "${query.modifiedSince}". Use an ISO date such as 2024-05-01T00:00:00Z`);
			}
			qs[MODIFIED.sinceParam] = new Date(since).toISOString();
		}
		const pageSize = Math.min(PAGING.maxPageSize, query.limit ?? PAGING.maxPageSize);
		return await collectPages<IDataObject, number>(async (page) => {
			const current = page ?? PAGING.firstPage;
			const body = await this.request<IDataObject>('GET', contract.path, {
				qs: { ...qs, [PAGING.pageParam]: current, [PAGING.pageSizeParam]: pageSize },
			});
			const items = body?.[ENVELOPE.dataKey];
			if (!Array.isArray(items)) throw new Error(`Re-Leased answered a list without an array in "${ENVELOPE.dataKey}"`);
			return { items: items as IDataObject[], next: body[ENVELOPE.hasMoreKey] === true ? current + 1 : undefined };
		}, query.limit);
	}
}
