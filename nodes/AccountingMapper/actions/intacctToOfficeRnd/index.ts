import type { INodeProperties } from 'n8n-workflow';
import * as advanceAppliedToAllocations from './advanceAppliedToAllocations.operation';
import * as arAdvanceToOverpayment from './arAdvanceToOverpayment.operation';
import * as arPaymentToCharges from './arPaymentToCharges.operation';
import * as syncStatus from './syncStatus.operation';

export const operations = { advanceAppliedToAllocations, arAdvanceToOverpayment, arPaymentToCharges, syncStatus };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['intacctToOfficeRnd'] } },
		options: [
			{
				name: 'Advance Applied → Allocations',
				value: 'advanceAppliedToAllocations',
				action: 'Convert an applied advance to overpayment allocations',
				description: 'An advance or overpayment applied to invoices in Intacct',
			},
			{
				name: 'AR Advance → Overpayment',
				value: 'arAdvanceToOverpayment',
				action: 'Convert an AR advance to an overpayment',
				description: 'An overpayment recorded in Intacct',
			},
			{
				name: 'AR Payment → Charge Changes',
				value: 'arPaymentToCharges',
				action: 'Convert an AR payment to charge changes',
				description: 'Created, updated, reversed or deleted payments',
			},
			{
				name: 'Sync Status',
				value: 'syncStatus',
				action: 'Convert a written record to an accounting sync status',
				description: 'Intacct numbers and record numbers, or the write error',
			},
		],
		default: 'arPaymentToCharges',
	},
	...Object.values(operations).flatMap((op) => op.description),
];
