import { scoroResource } from '../../generic/resource';
import { DOCUMENT_FIELDS, DOCUMENT_FILTERS, LINE_FIELDS, type ResourceSpec } from '../../generic/spec';

/** Invoice: Scoro `invoices` (sales invoices; credit invoices are invoices too, see Credit Invoice). */
export const spec = {
	resource: 'invoice',
	module: 'invoices',
	idField: 'id',
	label: 'Invoice',
	plural: 'Invoices',
	operations: ['getAll', 'get', 'create', 'update', 'delete'],
	fields: [
		...DOCUMENT_FIELDS,
		{
			name: 'vat_code_id',
			title: 'Header Tax Rate Name or ID',
			kind: 'options',
			loadOptionsMethod: 'getVatCodes',
			description: 'Only when line-based tax rates are off',
		},
	],
	filters: DOCUMENT_FILTERS,
	requiredOnCreate: ['company_id'],
	lines: { field: 'lines', label: 'Lines', fields: LINE_FIELDS },
} satisfies ResourceSpec;

export const resource = scoroResource(spec);
