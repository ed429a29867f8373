import { scoroResource } from '../../generic/resource';
import { DOCUMENT_FIELDS, DOCUMENT_FILTERS, LINE_FIELDS, type ResourceSpec } from '../../generic/spec';

/** Bill: Scoro `bills` (purchase invoices, notes §3.2). */
export const spec = {
	resource: 'bill',
	module: 'bills',
	idField: 'id',
	label: 'Bill',
	plural: 'Bills',
	operations: ['getAll', 'get', 'create', 'update', 'delete'],
	fields: [
		...DOCUMENT_FIELDS,
		{ name: 'is_chargeable', title: 'Chargeable', kind: 'boolean' },
		{ name: 'recognition_date', title: 'Recognition Date', kind: 'date' },
		{ name: 'dateofpayment', title: 'Date of Payment', kind: 'date' },
		{ name: 'purchase_order_id', title: 'Purchase Order ID', kind: 'number' },
	],
	filters: DOCUMENT_FILTERS,
	requiredOnCreate: ['company_id'],
	lines: { field: 'lines', label: 'Lines', fields: LINE_FIELDS },
} satisfies ResourceSpec;

export const resource = scoroResource(spec);
