import { scoroResource } from '../../generic/resource';
import type { ResourceSpec } from '../../generic/spec';

/** Accounting Object: Scoro `financeObjects`, dimension values referenced by lines (list and view only). */
export const spec = {
	resource: 'accountingObject',
	module: 'financeObjects',
	idField: 'object_id',
	label: 'Accounting Object',
	plural: 'Accounting Objects',
	operations: ['getAll', 'get'],
	fields: [],
	filters: [
		{ name: 'object_symbol', title: 'Symbol', kind: 'string' },
		{ name: 'parent_group_name', title: 'Group', kind: 'string' },
	],
	noModifiedFilter: true,
} satisfies ResourceSpec;

export const resource = scoroResource(spec);
