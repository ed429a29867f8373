import { dateFilters, type FilterDef, type ResourceSpec } from '../../generic/operations';
import { PATHS } from '../../transport/contract';

/** Plans. ASSUMED path /plans (reference §2.7). */
export const plan: ResourceSpec = {
	resource: 'plan',
	label: 'Plan',
	listPath: PATHS.plans,
	itemPath: PATHS.plan,
	scope: 'flex.billing.plans',
	idName: 'planId',
	lookup: 'plan',
};

export const planFilters: FilterDef[] = [
	{
		field: 'name',
		op: '$eq',
		property: { displayName: 'Name', name: 'name', type: 'string', default: '', description: 'Exact name' },
	},
	...dateFilters('modifiedAt', 'Modified'),
];
