import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { escapeQueryValue } from '../transport/xml';
import { IntacctClient } from '../transport/client';

/** Resource locator searches: by name or ID, LIKE (case-sensitive in Intacct, reference 3.3). */
export const SEARCH_LIMIT = 100;

async function search(
	ctx: ILoadOptionsFunctions,
	object: string,
	idField: string,
	filter?: string,
): Promise<INodeListSearchResult> {
	const client = new IntacctClient(ctx);
	const term = (filter ?? '').trim();
	const like = `'%${escapeQueryValue(term)}%'`;
	const records = (await client.readByQuery({
		object,
		fields: `${idField},NAME`,
		query: term ? `NAME LIKE ${like} OR ${idField} LIKE ${like}` : '',
		limit: SEARCH_LIMIT,
	})) as IDataObject[];
	return {
		results: records.map((r) => ({
			name: `${String(r.NAME ?? '')} (${String(r[idField])})`,
			value: String(r[idField]),
		})),
	};
}

export async function searchCustomers(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	return await search(this, 'CUSTOMER', 'CUSTOMERID', filter);
}

export async function searchVendors(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	return await search(this, 'VENDOR', 'VENDORID', filter);
}
