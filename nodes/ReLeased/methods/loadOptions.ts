import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult, INodePropertyOptions } from 'n8n-workflow';
import { ReLeasedClient } from '../transport/client';
import { ID_FIELD, RECORD_STATUS, RESOURCES, type ResourceKey } from '../transport/contract';

/** Dropdowns show at most this many records; beyond it users type an ID or an expression. */
export const DROPDOWN_LIMIT = 500;

function label(resource: ResourceKey, record: IDataObject): string {
	const name = record[RESOURCES[resource].labelField] ?? record.name ?? record[ID_FIELD];
	return String(name ?? '');
}

async function options(
	ctx: ILoadOptionsFunctions,
	resource: ResourceKey,
	value: (r: IDataObject) => string = (r) => String(r[ID_FIELD]),
	filters: IDataObject = {},
): Promise<INodePropertyOptions[]> {
	const records = await new ReLeasedClient(ctx).list(resource, { filters, limit: DROPDOWN_LIMIT });
	return records
		.map((r) => ({ name: `${label(resource, r)} (${value(r)})`, value: value(r) }))
		.sort((a, b) => a.name.localeCompare(b.name));
}

// Lines reference accounts by code, tax types and tracking options by name (contract FIELDS.line).
export const loadOptions = {
	async getContacts(this: ILoadOptionsFunctions) {
		return await options(this, 'contact');
	},
	async getProperties(this: ILoadOptionsFunctions) {
		return await options(this, 'property');
	},
	async getTenancies(this: ILoadOptionsFunctions) {
		return await options(this, 'tenancy');
	},
	async getInvoices(this: ILoadOptionsFunctions) {
		return await options(this, 'invoice');
	},
	async getAccounts(this: ILoadOptionsFunctions) {
		return await options(this, 'account', (r) => String(r.code), { status: RECORD_STATUS.active });
	},
	async getTaxTypes(this: ILoadOptionsFunctions) {
		return await options(this, 'taxType', (r) => String(r.name), { status: RECORD_STATUS.active });
	},
	async getTrackingOptions(this: ILoadOptionsFunctions) {
		return await options(this, 'trackingOption', (r) => String(r.name), { status: RECORD_STATUS.active });
	},
};

/** Resource locator lists: records whose label contains the typed text. */
function search(resource: ResourceKey) {
	return async function (this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
		const records = await new ReLeasedClient(this).list(resource, { limit: DROPDOWN_LIMIT });
		const needle = (filter ?? '').toLowerCase();
		return {
			results: records
				.filter(
					(r) =>
						!needle ||
						label(resource, r).toLowerCase().includes(needle) ||
						String(r[ID_FIELD]).toLowerCase().includes(needle),
				)
				.map((r) => ({ name: label(resource, r) || String(r[ID_FIELD]), value: String(r[ID_FIELD]) })),
		};
	};
}

/**
 * One "From List" search per contract resource, named as descriptions/common.ts recordLocator
 * asks (search<Resource>), so a new resource in transport/contract.ts needs no line here.
 */
export const listSearch = Object.fromEntries(
	(Object.keys(RESOURCES) as ResourceKey[]).map((resource) => [
		`search${resource[0].toUpperCase()}${resource.slice(1)}`,
		search(resource),
	]),
);
