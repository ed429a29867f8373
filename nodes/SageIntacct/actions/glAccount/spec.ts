import type { ObjectSpec } from '../../generic/objectOperations';
import { statusField } from '../../generic/objectOperations';

/** GLACCOUNT (reference 4.9). Update is addressed by RECORDNO, found from the account number. */
export const glAccountSpec: ObjectSpec = {
	resource: 'glAccount',
	object: 'GLACCOUNT',
	label: 'GL account',
	idField: 'ACCOUNTNO',
	idLabel: 'Account Number',
	hasStatus: true,
	fields: [
		{ name: 'accountNo', path: 'ACCOUNTNO', title: 'Account Number', kind: 'string', required: true },
		{ name: 'title', path: 'TITLE', title: 'Title', kind: 'string', required: true },
		{
			name: 'normalBalance',
			path: 'NORMALBALANCE',
			title: 'Normal Balance',
			kind: 'options',
			required: true,
			options: [
				{ name: 'Debit', value: 'debit' },
				{ name: 'Credit', value: 'credit' },
			],
			default: 'debit',
		},
		{
			name: 'closingType',
			path: 'CLOSINGTYPE',
			title: 'Closing Type',
			kind: 'options',
			required: true,
			options: [
				{ name: 'Non-Closing Account', value: 'non-closing account' },
				{ name: 'Closing Account', value: 'closing account' },
			],
			default: 'non-closing account',
		},
		{
			name: 'accountType',
			path: 'ACCOUNTTYPE',
			title: 'Account Type',
			kind: 'options',
			options: [
				{ name: 'Balance Sheet', value: 'balancesheet' },
				{ name: 'Income Statement', value: 'incomestatement' },
			],
			default: 'balancesheet',
		},
		{ name: 'closingAccountNo', path: 'CLOSINGACCOUNTNO', title: 'Closes Into Account', kind: 'string' },
		{ name: 'category', path: 'CATEGORY', title: 'Category', kind: 'string' },
		statusField,
		{ name: 'requireLocation', path: 'REQUIRELOC', title: 'Require Location', kind: 'boolean' },
		{ name: 'requireDepartment', path: 'REQUIREDEPT', title: 'Require Department', kind: 'boolean' },
		{ name: 'requireProject', path: 'REQUIREPROJECT', title: 'Require Project', kind: 'boolean' },
	],
};
