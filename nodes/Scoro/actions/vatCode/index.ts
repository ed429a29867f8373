import { scoroResource } from '../../generic/resource';
import type { ResourceSpec } from '../../generic/spec';

/** Tax Rate: Scoro `vatCodes` (mirrors Intacct tax details when Scoro's integration is on). */
export const spec = {
	resource: 'vatCode',
	module: 'vatCodes',
	idField: 'vat_code_id',
	label: 'Tax Rate',
	plural: 'Tax Rates',
	operations: ['getAll', 'get', 'create', 'update', 'delete'],
	fields: [
		{ name: 'vat_code', title: 'Code', kind: 'string' },
		{ name: 'percent', title: 'Percent', kind: 'number' },
		{ name: 'vat_name', title: 'Name', kind: 'string' },
		{ name: 'is_sales', title: 'For Sales', kind: 'boolean' },
		{ name: 'is_purchases', title: 'For Purchases', kind: 'boolean' },
		{ name: 'is_active', title: 'Active', kind: 'boolean' },
		{ name: 'is_not_applicable', title: 'Not Applicable', kind: 'boolean' },
	],
	filters: [
		{ name: 'vat_code', title: 'Code', kind: 'string' },
		{ name: 'is_active', title: 'Active', kind: 'boolean' },
	],
	requiredOnCreate: ['vat_code'],
	noModifiedFilter: true,
} satisfies ResourceSpec;

export const resource = scoroResource(spec);
