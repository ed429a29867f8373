import type { INodeProperties } from 'n8n-workflow';
import * as apAdjustmentToCreditNote from './apAdjustmentToCreditNote.operation';
import * as apPaymentToPayments from './apPaymentToPayments.operation';
import * as arAdjustmentToCreditNote from './arAdjustmentToCreditNote.operation';
import * as arPaymentToPayments from './arPaymentToPayments.operation';
import * as customerOrVendorToContact from './customerOrVendorToContact.operation';
import * as documentToInvoice from './documentToInvoice.operation';
import * as masterData from './masterData.operation';

export const operations = {
	apAdjustmentToCreditNote,
	apPaymentToPayments,
	arAdjustmentToCreditNote,
	arPaymentToPayments,
	customerOrVendorToContact,
	documentToInvoice,
	masterData,
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['intacctToReLeased'] } },
		options: [
			{
				name: 'AP Adjustment → Expense Credit Note',
				value: 'apAdjustmentToCreditNote',
				action: 'Convert an AP adjustment to an expense credit note',
				description: 'Debit memos (vendor credits), allocated to the expense invoice they name',
			},
			{
				name: 'AP Payment → Payments',
				value: 'apPaymentToPayments',
				action: 'Convert an AP payment to payments',
				description: 'One Re-Leased payment per paid expense invoice',
			},
			{
				name: 'AR Adjustment → Credit Note',
				value: 'arAdjustmentToCreditNote',
				action: 'Convert an AR adjustment to a credit note',
			},
			{
				name: 'AR Invoice or AP Bill → Invoice',
				value: 'documentToInvoice',
				action: 'Convert an AR invoice or AP bill to an invoice',
			},
			{
				name: 'AR Payment → Payments',
				value: 'arPaymentToPayments',
				action: 'Convert an AR payment to payments',
				description: 'One Re-Leased payment per paid invoice',
			},
			{
				name: 'Customer or Vendor → Contact',
				value: 'customerOrVendorToContact',
				action: 'Convert a customer or vendor to a contact',
			},
			{
				name: 'Master Data',
				value: 'masterData',
				action: 'Convert accounts tax details or dimensions',
				description: 'GL accounts, tax details and dimension values, which Intacct owns',
			},
		],
		default: 'documentToInvoice',
	},
	...Object.values(operations).flatMap((op) => op.description),
];
