import { scoroResource } from '../../generic/resource';
import { DOCUMENT_FIELDS, DOCUMENT_FILTERS, LINE_FIELDS, type ResourceSpec } from '../../generic/spec';

/** Prepayment: Scoro `prepayments` (prepayment invoices: invoice shape plus prepayment_percent). */
export const spec = {
	resource: 'prepayment',
	module: 'prepayments',
	idField: 'id',
	label: 'Prepayment',
	plural: 'Prepayments',
	operations: ['getAll', 'get', 'create', 'update', 'delete'],
	fields: [...DOCUMENT_FIELDS, { name: 'prepayment_percent', title: 'Prepayment %', kind: 'number' }],
	filters: DOCUMENT_FILTERS,
	requiredOnCreate: ['company_id'],
	lines: { field: 'lines', label: 'Lines', fields: LINE_FIELDS },
} satisfies ResourceSpec;

export const resource = scoroResource(spec);
