import { scoroResource } from '../../generic/resource';
import type { ResourceSpec } from '../../generic/spec';

/** Finance Account: Scoro `financeAccounts`, the chart of accounts (mirrors Intacct GL accounts). */
export const spec = {
	resource: 'financeAccount',
	module: 'financeAccounts',
	idField: 'id',
	label: 'Finance Account',
	plural: 'Finance Accounts',
	operations: ['getAll', 'get', 'create', 'update', 'delete'],
	fields: [
		{
			name: 'account_symbol',
			title: 'Account Number',
			kind: 'string',
			description: 'The account symbol, e.g. the Intacct GL account number',
		},
		{ name: 'name', title: 'Name', kind: 'string' },
		{ name: 'parent_id', title: 'Parent Account ID', kind: 'number' },
		{ name: 'is_active', title: 'Active', kind: 'boolean' },
		{ name: 'is_sales_account', title: 'Sales Account', kind: 'boolean' },
		{ name: 'is_purchases_account', title: 'Purchases Account', kind: 'boolean' },
	],
	filters: [
		{ name: 'account_symbol', title: 'Account Number', kind: 'string' },
		{ name: 'is_active', title: 'Active', kind: 'boolean' },
	],
	requiredOnCreate: ['account_symbol', 'name'],
} satisfies ResourceSpec;

export const resource = scoroResource(spec);
