import { FROM_LIST, linesField, pick } from '../../descriptions/common';
import { dateField, documentFilters, saveStatusField, typeField, validateDocument } from '../../generic/documents';
import type { WriteSpec } from '../../generic/operations';
import { releasedResource } from '../../generic/resource';

export const invoiceSpec: WriteSpec = {
	label: 'Invoice',
	required: [
		typeField,
		saveStatusField,
		pick('Contact Name or ID', 'contactId', 'getContacts', {
			required: true,
			description: `The "To" contact. ${FROM_LIST}.`,
		}),
		dateField('Issue Date', 'issueDate'),
		dateField('Due Date', 'dueDate'),
		{ ...linesField, required: true },
	],
	optional: [
		{
			displayName: 'Currency',
			name: 'currency',
			type: 'string',
			default: '',
			description: "Leave empty for the company's currency",
		},
		{
			displayName: 'Invoice Number',
			name: 'invoiceNumber',
			type: 'string',
			default: '',
			description: 'Leave empty to let Re-Leased number it',
		},
		{
			displayName: 'Payment Priority',
			name: 'paymentPriority',
			type: 'string',
			default: '',
			description: 'Expense invoices only',
		},
		pick('Property Name or ID', 'propertyId', 'getProperties'),
		{ displayName: 'Reference', name: 'reference', type: 'string', default: '' },
		pick('Tenancy Name or ID', 'tenancyId', 'getTenancies'),
	],
	validate: (record, operation) => validateDocument('invoice', record, operation, true),
};

/** Invoice: every operation is the generic engine (generic/operations.ts); the document fields are shared (generic/documents.ts). */
export const resource = releasedResource({
	resource: 'invoice',
	label: 'Invoice',
	plural: 'Invoices',
	operations: { create: invoiceSpec, update: invoiceSpec, void: true, get: true, getAll: documentFilters },
});
