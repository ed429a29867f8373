import { dateFilters, type FilterDef, type ResourceSpec } from '../../generic/operations';
import { PATHS } from '../../transport/contract';

/** Secondary currencies and their exchange rates (reference §2.7). */
export const secondaryCurrency: ResourceSpec = {
	resource: 'secondaryCurrency',
	label: 'Secondary Currency',
	listPath: PATHS.secondaryCurrencies,
	itemPath: PATHS.secondaryCurrency,
	scope: 'flex.settings.secondaryCurrencies',
	idName: 'secondaryCurrencyId',
};

export const secondaryCurrencyFilters: FilterDef[] = [
	{
		field: 'code',
		op: '$eq',
		property: { displayName: 'Code', name: 'code', type: 'string', default: '', placeholder: 'EUR' },
	},
	...dateFilters('modifiedAt', 'Modified'),
];
