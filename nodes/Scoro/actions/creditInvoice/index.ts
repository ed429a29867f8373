import type { IDataObject } from 'n8n-workflow';
import { scoroResource } from '../../generic/resource';
import { DOCUMENT_FIELDS, DOCUMENT_FILTERS, LINE_FIELDS, type ResourceSpec } from '../../generic/spec';
import { CREDIT_INVOICE_LINK_FIELD } from '../../transport/contract';

const credits = (r: IDataObject) =>
	Array.isArray(r[CREDIT_INVOICE_LINK_FIELD]) && (r[CREDIT_INVOICE_LINK_FIELD] as unknown[]).length > 0;

/**
 * Credit Invoice: an `invoices` record whose `credited_invoices` names the invoices it credits
 * (contract.ts, UNVERIFIED 7). Get Many keeps only such records; amounts are sent as given.
 */
export const spec = {
	resource: 'creditInvoice',
	module: 'invoices',
	idField: 'id',
	label: 'Credit Invoice',
	plural: 'Credit Invoices',
	operations: ['getAll', 'get', 'create', 'update', 'delete'],
	fields: [
		{
			name: CREDIT_INVOICE_LINK_FIELD,
			title: 'Credited Invoice IDs',
			kind: 'ids',
			description: 'Comma-separated IDs of the invoices this credit invoice credits',
		},
		...DOCUMENT_FIELDS,
	],
	filters: DOCUMENT_FILTERS,
	requiredOnCreate: ['company_id', CREDIT_INVOICE_LINK_FIELD],
	checkCreate: (body) =>
		credits(body)
			? undefined
			: `${CREDIT_INVOICE_LINK_FIELD} must list at least one invoice ID (the invoice being credited)`,
	lines: { field: 'lines', label: 'Lines', fields: LINE_FIELDS },
	keep: credits,
} satisfies ResourceSpec;

export const resource = scoroResource(spec);
