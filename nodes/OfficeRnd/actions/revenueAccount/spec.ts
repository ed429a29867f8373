import { dateFilters, type FilterDef, type ResourceSpec } from '../../generic/operations';
import { PATHS } from '../../transport/contract';

/** Revenue accounts: the GL mapping of invoice lines (reference §2.7). */
export const revenueAccount: ResourceSpec = {
	resource: 'revenueAccount',
	label: 'Revenue Account',
	listPath: PATHS.revenueAccounts,
	itemPath: PATHS.revenueAccount,
	scope: 'flex.billing.revenueAccounts',
	idName: 'revenueAccountId',
	lookup: 'revenueAccount',
};

export const revenueAccountFilters: FilterDef[] = [
	{
		field: 'name',
		op: '$eq',
		property: { displayName: 'Name', name: 'name', type: 'string', default: '', description: 'Exact name' },
	},
	...dateFilters('modifiedAt', 'Modified'),
];
