import { scoroResource } from '../../generic/resource';
import type { ResourceSpec } from '../../generic/spec';
import { RECEIPT_VIEW_SUPPORTED } from '../../transport/contract';

const DOC_TYPES = [
	{ name: 'Invoices', value: 'invoices' },
	{ name: 'Bills', value: 'bills' },
	{ name: 'Expenses', value: 'expenses' },
];

/**
 * Receipt: a Scoro receipt group (`receipts`): one payment date, contact and account holding
 * payments on invoices or bills. Its `receipts` array is replaced as a whole on modify, like lines.
 */
export const spec = {
	resource: 'receipt',
	module: 'receipts',
	idField: 'id',
	label: 'Receipt',
	plural: 'Receipts',
	operations: ['getAll', 'get', 'create', 'update', 'delete'],
	fields: [
		{ name: 'date', title: 'Date', kind: 'date' },
		{ name: 'contact_id', title: 'Contact Name or ID', kind: 'options', loadOptionsMethod: 'getCompanies' },
		{ name: 'currency', title: 'Currency', kind: 'string' },
		{
			name: 'sales_doc_type',
			title: 'Paid Documents',
			kind: 'options',
			options: DOC_TYPES,
			description: 'What the payments are on (default invoices)',
		},
		{
			name: 'receipt_account_id',
			title: 'Receipt Account ID',
			kind: 'number',
			description: 'The bank or payment-provider account',
		},
	],
	filters: [
		{ name: 'contact_id', title: 'Contact Name or ID', kind: 'options', loadOptionsMethod: 'getCompanies' },
		{ name: 'sales_doc_type', title: 'Paid Documents', kind: 'options', options: DOC_TYPES },
	],
	requiredOnCreate: ['receipts'],
	lines: {
		field: 'receipts',
		label: 'Payments',
		fields: [
			{ name: 'invoice_id', title: 'Invoice or Bill ID', kind: 'number' },
			{ name: 'sum', title: 'Amount', kind: 'number' },
			{ name: 'date', title: 'Date', kind: 'date' },
			{ name: 'prepayment_id', title: 'Prepayment ID', kind: 'number' },
		],
	},
	viewThroughList: !RECEIPT_VIEW_SUPPORTED,
} satisfies ResourceSpec;

export const resource = scoroResource(spec);
