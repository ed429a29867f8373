import { dateFilters, type FilterDef, type ResourceSpec } from '../../generic/operations';
import { PATHS } from '../../transport/contract';

/** Tax rates (reference §2.7). */
export const taxRate: ResourceSpec = {
	resource: 'taxRate',
	label: 'Tax Rate',
	listPath: PATHS.taxRates,
	itemPath: PATHS.taxRate,
	scope: 'flex.billing.taxRates',
	idName: 'taxRateId',
	lookup: 'taxRate',
};

export const taxRateFilters: FilterDef[] = [
	{
		field: 'name',
		op: '$eq',
		property: { displayName: 'Name', name: 'name', type: 'string', default: '', description: 'Exact name' },
	},
	...dateFilters('modifiedAt', 'Modified'),
];
