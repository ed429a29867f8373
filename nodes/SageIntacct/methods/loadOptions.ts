import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';
import { CREDENTIAL_ENTITY, TOP_LEVEL_ENTITY } from '../descriptions/common';
import { buildQuery } from '../helpers/query';
import { OE_DEFINITION_OBJECT } from '../transport/assumptions';
import { IntacctClient } from '../transport/client';

/** Dropdowns are capped so a huge chart of accounts cannot stall the editor. */
export const MAX_OPTIONS = 2000;

/** Entities of a multi-entity company (LOCATIONENTITY), read at the top level. */
export async function getEntities(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const client = new IntacctClient(this);
	const records = await client.readByQuery({ object: 'LOCATIONENTITY', fields: 'LOCATIONID,NAME', entity: '' });
	return [
		{ name: "Credential's Entity", value: CREDENTIAL_ENTITY },
		{ name: 'Top Level', value: TOP_LEVEL_ENTITY },
		...records.map((r) => ({
			name: `${String(r.NAME ?? r.LOCATIONID)} (${String(r.LOCATIONID)})`,
			value: String(r.LOCATIONID),
		})),
	];
}

/** Active records of an object as "Name (ID)" options, in the credential's entity context. */
export async function recordOptions(
	ctx: ILoadOptionsFunctions,
	object: string,
	idField: string,
	nameField: string | undefined,
	options: { activeOnly?: boolean; query?: string } = {},
): Promise<INodePropertyOptions[]> {
	const client = new IntacctClient(ctx);
	const query = [options.activeOnly === false ? '' : buildQuery({ equals: { STATUS: 'active' } }), options.query ?? '']
		.filter(Boolean)
		.join(' AND ');
	const records = (await client.readByQuery({
		object,
		fields: [idField, nameField].filter(Boolean).join(','),
		query,
		limit: MAX_OPTIONS,
	})) as IDataObject[];
	return records
		.map((r) => {
			const id = String(r[idField] ?? '');
			const name = nameField ? String(r[nameField] ?? '') : '';
			return { name: name && name !== id ? `${name} (${id})` : id, value: id };
		})
		.sort((a, b) => a.name.localeCompare(b.name));
}

export async function getLocations(this: ILoadOptionsFunctions) {
	return await recordOptions(this, 'LOCATION', 'LOCATIONID', 'NAME');
}
export async function getDepartments(this: ILoadOptionsFunctions) {
	return await recordOptions(this, 'DEPARTMENT', 'DEPARTMENTID', 'TITLE');
}
export async function getClasses(this: ILoadOptionsFunctions) {
	return await recordOptions(this, 'CLASS', 'CLASSID', 'NAME');
}
export async function getGlAccounts(this: ILoadOptionsFunctions) {
	return await recordOptions(this, 'GLACCOUNT', 'ACCOUNTNO', 'TITLE');
}
export async function getTaxDetails(this: ILoadOptionsFunctions) {
	return await recordOptions(this, 'TAXDETAIL', 'DETAILID', 'DESCRIPTION');
}
export async function getCustomers(this: ILoadOptionsFunctions) {
	return await recordOptions(this, 'CUSTOMER', 'CUSTOMERID', 'NAME');
}
export async function getVendors(this: ILoadOptionsFunctions) {
	return await recordOptions(this, 'VENDOR', 'VENDORID', 'NAME');
}
export async function getTerms(this: ILoadOptionsFunctions) {
	return await recordOptions(this, 'ARTERM', 'NAME', 'DESCRIPTION');
}
export async function getOeTransactionDefinitions(this: ILoadOptionsFunctions) {
	return await recordOptions(this, OE_DEFINITION_OBJECT.object, OE_DEFINITION_OBJECT.idField, undefined);
}

/** User-defined dimensions from getDimensions (reference 3.5). */
export async function getUserDefinedDimensions(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const client = new IntacctClient(this);
	const result = await client.runOne({ controlId: 'getDimensions', body: { getDimensions: '' } }, { readOnly: true });
	return (result.records as IDataObject[])
		.filter((d) => String(d.userDefinedDimension ?? '').toLowerCase() === 'true')
		.map((d) => ({ name: String(d.objectLabel || d.objectName), value: String(d.objectName) }));
}
