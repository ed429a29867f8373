import type { INodeProperties } from 'n8n-workflow';
import { pick } from '../../descriptions/common';
import { RecordInputError } from '../../helpers/record';
import type { WriteSpec } from '../../generic/operations';

export const paymentSpec: WriteSpec = {
	label: 'Payment',
	required: [
		pick('Invoice Name or ID', 'invoiceId', 'getInvoices', {
			required: true,
			description:
				'The approved invoice being paid. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		}),
		{ displayName: 'Date', name: 'date', type: 'dateTime', default: '', required: true },
		{
			displayName: 'Amount',
			name: 'amount',
			type: 'number',
			typeOptions: { numberPrecision: 2, minValue: 0 },
			default: 0,
			required: true,
		},
	],
	optional: [
		pick('Contact Name or ID', 'contactId', 'getContacts'),
		{ displayName: 'Reference', name: 'reference', type: 'string', default: '' },
	],
	validate(record) {
		if (!String(record.invoiceId ?? '').trim())
			throw new RecordInputError('Field "invoiceId" is required: choose the invoice being paid');
		if (!(Number(record.amount) > 0)) {
			throw new RecordInputError(
				`Field "amount" must be more than 0, got ${String(record.amount)}. Undo payments in Sage Intacct instead.`,
			);
		}
	},
};

export const paymentFilters: INodeProperties[] = [
	pick('Contact Name or ID', 'contact', 'getContacts'),
	pick('Invoice Name or ID', 'invoice', 'getInvoices'),
];
