import type { INodeProperties } from 'n8n-workflow';
import * as apBillToBill from './apBillToBill.operation';
import * as apPaymentToReceipt from './apPaymentToReceipt.operation';
import * as arPaymentToReceipt from './arPaymentToReceipt.operation';
import * as dimensionToAccountingObject from './dimensionToAccountingObject.operation';
import * as glAccountToFinanceAccount from './glAccountToFinanceAccount.operation';
import * as taxDetailToVatCode from './taxDetailToVatCode.operation';

export const operations = {
	apBillToBill,
	apPaymentToReceipt,
	arPaymentToReceipt,
	dimensionToAccountingObject,
	glAccountToFinanceAccount,
	taxDetailToVatCode,
};

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['intacctToScoro'] } },
		options: [
			{ name: 'AP Bill → Bill', value: 'apBillToBill', action: 'Convert an AP bill to a bill' },
			{
				name: 'AP Payment → Receipt',
				value: 'apPaymentToReceipt',
				action: 'Convert an AP payment to a receipt of bills',
			},
			{ name: 'AR Payment → Receipt', value: 'arPaymentToReceipt', action: 'Convert an AR payment to a receipt' },
			{
				name: 'Dimension Value → Accounting Object',
				value: 'dimensionToAccountingObject',
				action: 'Convert a dimension value to an accounting object',
			},
			{
				name: 'GL Account → Finance Account',
				value: 'glAccountToFinanceAccount',
				action: 'Convert a GL account to a finance account',
			},
			{ name: 'Tax Detail → VAT Code', value: 'taxDetailToVatCode', action: 'Convert a tax detail to a VAT code' },
		],
		default: 'apBillToBill',
	},
	...Object.values(operations).flatMap((op) => op.description),
];
