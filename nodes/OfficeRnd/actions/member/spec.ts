import type { IDataObject } from 'n8n-workflow';
import { toIsoDateTime } from '../../../shared/validate';
import {
	compact,
	dateFilters,
	jsonField,
	type FilterDef,
	type ResourceSpec,
	type WriteFields,
} from '../../generic/operations';
import { enumOptions, referenceOption } from '../../descriptions/common';
import { PATHS } from '../../transport/contract';

/** Members: individuals, billed directly or through their company. ASSUMED schema (reference §2.6). */
export const member: ResourceSpec = {
	resource: 'member',
	label: 'Member',
	listPath: PATHS.members,
	itemPath: PATHS.member,
	scope: 'flex.community.members',
	idName: 'memberId',
	lookup: 'member',
};

export const MEMBER_STATUSES = ['active', 'former', 'pending', 'contact', 'lead', 'drop-in'] as const;

export const memberFilters: FilterDef[] = [
	{
		field: 'name',
		op: '$eq',
		property: { displayName: 'Name', name: 'name', type: 'string', default: '', description: 'Exact name' },
	},
	{
		field: 'email',
		op: '$eq',
		property: { displayName: 'Email', name: 'email', type: 'string', placeholder: 'name@email.com', default: '' },
	},
	{ field: 'company', op: '$eq', property: { ...referenceOption('company', 'Company', 'company') } },
	{ field: 'location', op: '$eq', property: { ...referenceOption('location', 'Location', 'location') } },
	{
		field: 'status',
		op: '$in',
		property: {
			displayName: 'Status',
			name: 'status',
			type: 'multiOptions',
			options: enumOptions(MEMBER_STATUSES),
			default: [],
		},
	},
	...dateFilters('modifiedAt', 'Modified'),
	...dateFilters('createdAt', 'Created'),
];

export const memberFields: WriteFields = {
	required: [
		{ displayName: 'Name', name: 'name', type: 'string', default: '' },
		{ displayName: 'Email', name: 'email', type: 'string', placeholder: 'name@email.com', default: '' },
	],
	optional: [
		{ ...referenceOption('company', 'Company', 'company') },
		{ ...referenceOption('location', 'Home Location', 'location') },
		{ displayName: 'Phone', name: 'phone', type: 'string', default: '' },
		{ displayName: 'Start Date', name: 'startDate', type: 'dateTime', default: '' },
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			options: enumOptions(MEMBER_STATUSES),
			default: 'active',
		},
		{ displayName: 'Custom Properties (JSON)', name: 'properties', type: 'json', default: '{}' },
	],
	toBody: (f: IDataObject) => {
		const body = compact(f);
		if (body.startDate) body.startDate = toIsoDateTime(body.startDate, 'Start Date');
		if (body.properties !== undefined) body.properties = jsonField(body.properties, 'Custom Properties (JSON)');
		return body;
	},
};
