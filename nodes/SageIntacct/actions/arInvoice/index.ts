import type { ResourceDecl } from '../../../shared/resource';
import type { FilterSpec } from '../../generic/records';
import { handWritten, recordOperations } from '../../generic/resource';
import type { IntacctClient } from '../../transport/client';
import * as create from './create.operation';
import * as getPdf from './getPdf.operation';
import * as reverse from './reverse.operation';
import * as update from './update.operation';
import * as upsert from './upsert.operation';

/**
 * Get Many: readByQuery on ARINVOICE. MODULEKEY tells invoices made in AR (4.AR) from those made
 * by Order Entry (8.SO), whose RECORDNO changes when the OE document is edited (§3.6).
 */
const filters: FilterSpec[] = [
	{ name: 'customerId', displayName: 'Customer ID', field: 'CUSTOMERID' },
	{
		name: 'moduleKey',
		displayName: 'Created In (MODULEKEY)',
		field: 'MODULEKEY',
		options: [
			{ name: 'Accounts Receivable (4.AR)', value: '4.AR' },
			{ name: 'Order Entry (8.SO)', value: '8.SO' },
		],
	},
	{ name: 'invoiceNumber', displayName: 'Invoice Number', field: 'RECORDID' },
	{
		name: 'state',
		displayName: 'State',
		field: 'STATE',
		options: ['Draft', 'Posted', 'Partially Paid', 'Paid', 'Reversed'].map((s) => ({ name: s, value: s })),
	},
];

/** AR Invoice: legacy create/update/reverse_invoice, upsert and PDF (own files); read and delete by RECORDNO (generic/records.ts, reference §4.3). */
export const resource: ResourceDecl<
	'create' | 'update' | 'upsert' | 'reverse' | 'delete' | 'get' | 'getAll' | 'getPdf',
	IntacctClient
> = {
	name: 'AR Invoice',
	defaultOperation: 'create',
	operations: {
		create: handWritten(
			create,
			'Create',
			'Create an AR invoice',
			'Create an Accounts Receivable invoice (create_invoice)',
		),
		update: handWritten(update, 'Update', 'Update an AR invoice', 'Change an invoice and its lines (update_invoice)'),
		upsert: handWritten(
			upsert,
			'Create or Update',
			'Create or update an AR invoice',
			'Create a new record, or update the current one if it already exists (upsert)',
		),
		reverse: handWritten(reverse, 'Reverse', 'Reverse an AR invoice', 'Reverse a posted invoice (reverse_invoice)'),
		delete: {
			name: 'Delete',
			action: 'Delete an AR invoice',
			description: 'Delete an invoice by RECORDNO',
			...recordOperations.delete('arInvoice', 'invoice', 'ARINVOICE'),
		},
		get: {
			name: 'Get',
			action: 'Get an AR invoice',
			description: 'Get an invoice with its lines by RECORDNO',
			...recordOperations.get('arInvoice', 'invoice', 'ARINVOICE', { ARINVOICEITEMS: 'arinvoiceitem' }),
		},
		getAll: {
			name: 'Get Many',
			action: 'Get many AR invoices',
			description: 'List invoices by customer, state, module or modification time',
			...recordOperations.getAll('arInvoice', 'invoice', 'ARINVOICE', filters),
		},
		getPdf: handWritten(
			getPdf,
			'Get PDF',
			'Get an AR invoice as PDF',
			'Download the printed invoice as a binary PDF (retrievepdf)',
		),
	},
};
