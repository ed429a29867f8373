import { resourceProperties } from '../../generic/description';
import type { ResourceSpec } from '../../generic/spec';

/** Accounting Object: Scoro `financeObjects`, dimension values referenced by lines (list and view only). */
export const spec: ResourceSpec = {
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
};

export const description = resourceProperties(spec);
