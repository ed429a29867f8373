import type { INodeProperties } from 'n8n-workflow';
import { linesField, pick } from '../../descriptions/common';
import type { WriteSpec } from '../../generic/operations';
import { typeField, validateDocument } from '../../generic/documents';

/** ASSUMED shape: Re-Leased does not describe adjustments beyond "two-way with Intacct" (contract.ts). */
export const adjustmentSpec: WriteSpec = {
	label: 'Adjustment',
	required: [
		typeField,
		pick('Contact Name or ID', 'contactId', 'getContacts', { required: true }),
		{ displayName: 'Date', name: 'date', type: 'dateTime', default: '', required: true },
		{ ...linesField, required: true },
	],
	optional: [
		{ displayName: 'Adjustment Number', name: 'adjustmentNumber', type: 'string', default: '' },
		pick('Invoice Name or ID', 'invoiceId', 'getInvoices', {
			description:
				'Invoice the adjustment applies to. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		}),
		pick('Property Name or ID', 'propertyId', 'getProperties'),
		{ displayName: 'Reference', name: 'reference', type: 'string', default: '' },
	],
	validate: (record, operation) => validateDocument('adjustment', record, operation, false),
};

export const adjustmentFilters: INodeProperties[] = [
	pick('Contact Name or ID', 'contact', 'getContacts'),
	{ displayName: 'Number', name: 'number', type: 'string', default: '', description: 'Exact adjustment number' },
	pick('Invoice Name or ID', 'invoice', 'getInvoices'),
	{ ...typeField, description: 'Income or expense' },
];
