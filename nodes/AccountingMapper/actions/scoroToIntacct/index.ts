import type { INodeProperties } from 'n8n-workflow';
import * as billToApBill from './billToApBill.operation';
import * as creditInvoiceToArAdjustment from './creditInvoiceToArAdjustment.operation';
import * as invoiceToArInvoice from './invoiceToArInvoice.operation';
import * as receiptToPayment from './receiptToPayment.operation';

export const operations = { billToApBill, creditInvoiceToArAdjustment, invoiceToArInvoice, receiptToPayment };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['scoroToIntacct'] } },
		options: [
			{
				name: 'Bill → AP Bill (Credit Bill → AP Adjustment)',
				value: 'billToApBill',
				action: 'Convert a bill to an AP bill or AP adjustment',
			},
			{
				name: 'Credit Invoice → AR Adjustment',
				value: 'creditInvoiceToArAdjustment',
				action: 'Convert a credit invoice to an AR adjustment',
			},
			{ name: 'Invoice → AR Invoice', value: 'invoiceToArInvoice', action: 'Convert an invoice to an AR invoice' },
			{ name: 'Receipt → AR or AP Payment', value: 'receiptToPayment', action: 'Convert a receipt to a payment' },
		],
		default: 'invoiceToArInvoice',
	},
	...Object.values(operations).flatMap((op) => op.description),
];
