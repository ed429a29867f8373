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

/** Companies (reference §2.6). */
export const company: ResourceSpec = {
	resource: 'company',
	label: 'Company',
	listPath: PATHS.companies,
	itemPath: PATHS.company,
	scope: 'flex.community.companies',
	idName: 'companyId',
	lookup: 'company',
};

export const COMPANY_STATUSES = ['active', 'former', 'pending', 'inactive', 'not_approved', 'drop-in', 'lead'] as const;

export const companyFilters: FilterDef[] = [
	{
		field: 'name',
		op: '$eq',
		property: { displayName: 'Name', name: 'name', type: 'string', default: '', description: 'Exact name' },
	},
	{ field: 'location', op: '$eq', property: { ...referenceOption('location', 'Location', 'location') } },
	{
		field: 'status',
		op: '$in',
		property: {
			displayName: 'Status',
			name: 'status',
			type: 'multiOptions',
			options: enumOptions(COMPANY_STATUSES),
			default: [],
		},
	},
	...dateFilters('modifiedAt', 'Modified'),
	...dateFilters('createdAt', 'Created'),
];

export const companyFields: WriteFields = {
	required: [{ displayName: 'Name', name: 'name', type: 'string', default: '' }],
	optional: [
		{ displayName: 'Email', name: 'email', type: 'string', placeholder: 'name@email.com', default: '' },
		{ displayName: 'Description', name: 'description', type: 'string', default: '' },
		{ displayName: 'Website', name: 'url', type: 'string', default: '' },
		{ ...referenceOption('location', 'Home Location', 'location') },
		{ displayName: 'Start Date', name: 'startDate', type: 'dateTime', default: '' },
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			options: enumOptions(COMPANY_STATUSES),
			default: 'active',
		},
		{ displayName: 'Billing Name', name: 'billingName', type: 'string', default: '' },
		{ displayName: 'VAT Number', name: 'vatNumber', type: 'string', default: '' },
		{
			displayName: 'Custom Properties (JSON)',
			name: 'properties',
			type: 'json',
			default: '{}',
			description: 'Values of custom properties, e.g. {"intacctCustomerId":"C-0001"}',
		},
	],
	toBody: (f: IDataObject) => {
		const { billingName, vatNumber, properties, ...rest } = compact(f);
		const body: IDataObject = { ...rest };
		if (body.startDate) body.startDate = toIsoDateTime(body.startDate, 'Start Date');
		if (billingName !== undefined || vatNumber !== undefined) body.billingDetails = compact({ billingName, vatNumber });
		if (properties !== undefined) body.properties = jsonField(properties, 'Custom Properties (JSON)');
		return body;
	},
};
