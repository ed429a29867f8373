import type { INodeProperties } from 'n8n-workflow';
import { linesField, pick } from '../../descriptions/common';
import type { WriteSpec } from '../../generic/operations';
import { documentFilters, saveStatusField, typeField, validateDocument } from '../../generic/documents';

export const creditNoteSpec: WriteSpec = {
	label: 'Credit Note',
	required: [
		typeField,
		saveStatusField,
		pick('Contact Name or ID', 'contactId', 'getContacts', { required: true }),
		{ displayName: 'Issue Date', name: 'issueDate', type: 'dateTime', default: '', required: true },
		{ ...linesField, required: true },
	],
	optional: [
		{ displayName: 'Credit Note Number', name: 'creditNoteNumber', type: 'string', default: '' },
		{ displayName: 'Currency', name: 'currency', type: 'string', default: '' },
		pick('Invoice Name or ID', 'invoiceId', 'getInvoices', {
			description:
				'Invoice the credit is allocated to. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		}),
		pick('Property Name or ID', 'propertyId', 'getProperties'),
		{ displayName: 'Reference', name: 'reference', type: 'string', default: '' },
	],
	validate: (record, operation) => validateDocument('credit note', record, operation, true),
};

export const creditNoteFilters: INodeProperties[] = documentFilters;
