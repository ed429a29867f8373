import { dateFilters, type FilterDef, type ResourceSpec } from '../../generic/operations';
import { enumOptions, referenceOption } from '../../descriptions/common';
import { PATHS } from '../../transport/contract';

/** Memberships (reference §2.5). */
export const membership: ResourceSpec = {
	resource: 'membership',
	label: 'Membership',
	listPath: PATHS.memberships,
	itemPath: PATHS.membership,
	scope: 'flex.community.memberships',
	idName: 'membershipId',
};

export const membershipFilters: FilterDef[] = [
	{ field: 'company', op: '$eq', property: { ...referenceOption('company', 'Company', 'company') } },
	{ field: 'member', op: '$eq', property: { ...referenceOption('member', 'Member', 'member') } },
	{ field: 'location', op: '$eq', property: { ...referenceOption('location', 'Location', 'location') } },
	{ field: 'plan', op: '$eq', property: { ...referenceOption('plan', 'Plan', 'plan') } },
	{
		field: 'status',
		op: '$in',
		property: {
			displayName: 'Status',
			name: 'status',
			type: 'multiOptions',
			options: enumOptions(['approved', 'not_approved']),
			default: [],
		},
	},
	...dateFilters('modifiedAt', 'Modified'),
];
