import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';
import { lookup } from './lookups';

/** Dropdowns loaded live from OfficeRnD. */
export async function getCompanies(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await lookup(this, 'company');
}
export async function getMembers(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await lookup(this, 'member');
}
export async function getLocations(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await lookup(this, 'location');
}
export async function getRevenueAccounts(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await lookup(this, 'revenueAccount');
}
export async function getTaxRates(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await lookup(this, 'taxRate');
}
export async function getPlans(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await lookup(this, 'plan');
}
export async function getBillingDocuments(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await lookup(this, 'billingDocument');
}
