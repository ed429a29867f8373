import type { INodeProperties } from 'n8n-workflow';
import * as accountToItem from './accountToItem.operation';
import * as contactToCustomerOrVendor from './contactToCustomerOrVendor.operation';
import * as creditNoteToArAdjustment from './creditNoteToArAdjustment.operation';
import * as invoiceToArInvoiceOrApBill from './invoiceToArInvoiceOrApBill.operation';
import * as invoiceToOeSalesInvoice from './invoiceToOeSalesInvoice.operation';
import * as paymentToArOrApPayment from './paymentToArOrApPayment.operation';

export const operations = {
	accountToItem,
	contactToCustomerOrVendor,
	creditNoteToArAdjustment,
	invoiceToArInvoiceOrApBill,
	invoiceToOeSalesInvoice,
	paymentToArOrApPayment,
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['reLeasedToIntacct'] } },
		options: [
			{
				name: 'Account → Item',
				value: 'accountToItem',
				action: 'Convert an account to an item',
				description: 'Order Entry and Purchasing users: [s] and [p] items',
			},
			{
				name: 'Contact → Customer or Vendor',
				value: 'contactToCustomerOrVendor',
				action: 'Convert a contact to a customer or vendor',
			},
			{
				name: 'Credit Note → AR or AP Adjustment',
				value: 'creditNoteToArAdjustment',
				action: 'Convert a credit note to an AR or AP adjustment',
				description:
					'Income credit notes → AR adjustments (credit memos); expense credit notes → AP adjustments (debit memos)',
			},
			{
				name: 'Invoice → AR Invoice or AP Bill',
				value: 'invoiceToArInvoiceOrApBill',
				action: 'Convert an income or expense invoice',
			},
			{
				name: 'Invoice → Order Entry Sales Invoice',
				value: 'invoiceToOeSalesInvoice',
				action: 'Convert an income invoice to an order entry sales invoice',
				description: 'Tax calculated by Intacct',
			},
			{
				name: 'Payment → AR or AP Payment',
				value: 'paymentToArOrApPayment',
				action: 'Convert a payment to an AR or AP payment',
			},
		],
		default: 'invoiceToArInvoiceOrApBill',
	},
	...Object.values(operations).flatMap((op) => op.description),
];
