import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import type { LookupKind } from '../descriptions/common';
import { lookup } from './lookups';

async function search(ctx: ILoadOptionsFunctions, kind: LookupKind, filter?: string): Promise<INodeListSearchResult> {
	// OfficeRnD's name filter is exact (reference §2.6), so the search runs over the first page set here.
	return { results: await lookup(ctx, kind, filter) };
}

export async function searchCompanies(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	return await search(this, 'company', filter);
}
export async function searchMembers(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	return await search(this, 'member', filter);
}
export async function searchLocations(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	return await search(this, 'location', filter);
}
export async function searchRevenueAccounts(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	return await search(this, 'revenueAccount', filter);
}
export async function searchTaxRates(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	return await search(this, 'taxRate', filter);
}
export async function searchPlans(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	return await search(this, 'plan', filter);
}
export async function searchBillingDocuments(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	return await search(this, 'billingDocument', filter);
}
