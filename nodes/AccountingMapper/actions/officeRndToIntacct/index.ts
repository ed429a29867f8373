import type { INodeProperties } from 'n8n-workflow';
import * as chargeToArPayment from './chargeToArPayment.operation';
import * as companyToCustomer from './companyToCustomer.operation';
import * as creditNoteAllocationsToArPayment from './creditNoteAllocationsToArPayment.operation';
import * as creditNoteRefundsToApplication from './creditNoteRefundsToApplication.operation';
import * as creditNoteRefundsToDebitMemo from './creditNoteRefundsToDebitMemo.operation';
import * as creditNoteToArAdjustment from './creditNoteToArAdjustment.operation';
import * as invoiceToArInvoice from './invoiceToArInvoice.operation';
import * as invoiceToOeSalesInvoice from './invoiceToOeSalesInvoice.operation';
import * as memberToCustomer from './memberToCustomer.operation';
import * as overpaymentAllocationsToArPayment from './overpaymentAllocationsToArPayment.operation';
import * as overpaymentToArAdvance from './overpaymentToArAdvance.operation';
import * as overpaymentToArPayment from './overpaymentToArPayment.operation';

/** operation value -> implementation; the value is the operation file's name. */
export const operations = {
	chargeToArPayment,
	companyToCustomer,
	creditNoteAllocationsToArPayment,
	creditNoteRefundsToApplication,
	creditNoteRefundsToDebitMemo,
	creditNoteToArAdjustment,
	invoiceToArInvoice,
	invoiceToOeSalesInvoice,
	memberToCustomer,
	overpaymentAllocationsToArPayment,
	overpaymentToArAdvance,
	overpaymentToArPayment,
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['officeRndToIntacct'] } },
		options: [
			{
				name: 'Charge → AR Payment',
				value: 'chargeToArPayment',
				action: 'Convert a charge to an AR payment',
				description: 'Money received against an invoice, applied to it in Intacct',
			},
			{ name: 'Company → Customer', value: 'companyToCustomer', action: 'Convert a company to a customer' },
			{
				name: 'Credit Note → AR Adjustment',
				value: 'creditNoteToArAdjustment',
				action: 'Convert a credit note to an AR adjustment',
				description: 'A credit memo',
			},
			{
				name: 'Credit Note Allocations → AR Payment',
				value: 'creditNoteAllocationsToArPayment',
				action: 'Convert credit note allocations to credit applied',
				description: 'One credit-only AR payment per allocation',
			},
			{
				name: 'Credit Note Refunds → Credit Applied to Debit Memo',
				value: 'creditNoteRefundsToApplication',
				action: 'Convert credit note refunds to credit applied to debit memos',
				description:
					'Refund step 2: one credit-only AR payment per refund, settling its debit memo with the credit memo',
			},
			{
				name: 'Credit Note Refunds → Debit Memo',
				value: 'creditNoteRefundsToDebitMemo',
				action: 'Convert credit note refunds to debit memos',
				description: 'Refund step 1: one AR debit memo per refund, on the bank or clearing account',
			},
			{ name: 'Invoice → AR Invoice', value: 'invoiceToArInvoice', action: 'Convert an invoice to an AR invoice' },
			{
				name: 'Invoice → Order Entry Sales Invoice',
				value: 'invoiceToOeSalesInvoice',
				action: 'Convert an invoice to an order entry sales invoice',
			},
			{ name: 'Member → Customer', value: 'memberToCustomer', action: 'Convert a member to a customer' },
			{
				name: 'Overpayment → AR Advance',
				value: 'overpaymentToArAdvance',
				action: 'Convert an overpayment to an AR advance',
			},
			{
				name: 'Overpayment → AR Payment With Overpayment',
				value: 'overpaymentToArPayment',
				action: 'Convert an overpayment to an AR payment with overpayment',
			},
			{
				name: 'Overpayment Allocations → AR Payment',
				value: 'overpaymentAllocationsToArPayment',
				action: 'Convert overpayment allocations to advance applied',
				description: 'One credit-only AR payment per allocation',
			},
		],
		default: 'invoiceToArInvoice',
	},
	...Object.values(operations).flatMap((op) => op.description),
];
