import { dateFilters, type FilterDef, type ResourceSpec } from '../../generic/operations';
import { PATHS } from '../../transport/contract';

/** Locations: how multi-location shows up on documents (reference §2.7). */
export const location: ResourceSpec = {
	resource: 'location',
	label: 'Location',
	listPath: PATHS.locations,
	itemPath: PATHS.location,
	scope: 'flex.space.locations',
	idName: 'locationId',
	lookup: 'location',
};

export const locationFilters: FilterDef[] = [
	{
		field: 'name',
		op: '$eq',
		property: { displayName: 'Name', name: 'name', type: 'string', default: '', description: 'Exact name' },
	},
	...dateFilters('modifiedAt', 'Modified'),
];
