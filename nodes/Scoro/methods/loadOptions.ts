import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';
import { findResource } from '../../shared/resource';
import { RESOURCES } from '../actions/registry';
import { scoroList } from '../transport';
import { BOOKMARK_ID_FIELD, BOOKMARKS_MODULE } from '../transport/contract';

/** Dropdowns are read live from Scoro; one list call each (a few hundred rows at most). */
const MAX_OPTIONS = 500;

async function options(
	ctx: ILoadOptionsFunctions,
	module: string,
	label: (r: IDataObject) => string,
	idField: string,
	filter: IDataObject = {},
	keep?: (r: IDataObject) => boolean,
): Promise<INodePropertyOptions[]> {
	const rows = await scoroList(ctx, module, { filter, limit: MAX_OPTIONS, keep });
	return rows.map((r) => ({ name: label(r), value: String(r[idField]) })).sort((a, b) => a.name.localeCompare(b.name));
}

export async function getCompanies(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await options(this, 'contacts', (r) => `${String(r.name)} (${String(r.contact_id)})`, 'contact_id', {
		contact_type: 'company',
	});
}

export async function getProjects(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await options(this, 'projects', (r) => `${String(r.project_name)} (${String(r.project_id)})`, 'project_id');
}

export async function getFinanceAccounts(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await options(
		this,
		'financeAccounts',
		(r) => `${String(r.account_symbol)} ${String(r.name)}`,
		'id',
		{},
		(r) => r.is_active !== false && r.is_active !== 0,
	);
}

export async function getVatCodes(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await options(
		this,
		'vatCodes',
		(r) => `${String(r.vat_code)} (${String(r.percent)}%)`,
		'vat_code_id',
		{},
		(r) => r.is_active !== false && r.is_active !== 0,
	);
}

export async function getFinanceObjects(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await options(this, 'financeObjects', (r) => `${String(r.object_symbol)} ${String(r.name)}`, 'object_id');
}

/**
 * Bookmarks of the current resource's list module (contract.ts: bookmark rows and their `module`
 * are assumed). Bookmarks of other modules are left out, since Scoro applies a bookmark to its own list.
 */
export async function getBookmarks(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const resource = String(this.getCurrentNodeParameter('resource') ?? '');
	const module = findResource(RESOURCES, resource)?.spec.module;
	return await options(
		this,
		BOOKMARKS_MODULE,
		(r) => `${String(r.name)} (${String(r[BOOKMARK_ID_FIELD])})`,
		BOOKMARK_ID_FIELD,
		{},
		(r) => !module || !r.module || String(r.module) === module,
	);
}
