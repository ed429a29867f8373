import type { INodeProperties } from 'n8n-workflow';
import { TENANCY_STATUS } from '../../transport/contract';
import { pick } from '../../descriptions/common';

export const tenancyFilters: INodeProperties[] = [
	pick('Property Name or ID', 'property', 'getProperties'),
	pick('Tenant Contact Name or ID', 'contact', 'getContacts'),
	{
		displayName: 'Status',
		name: 'status',
		type: 'options',
		// Current, Future, Expired are verified; Cancelled, Vacated, Archived are inferred (contract.ts).
		options: TENANCY_STATUS.map((s) => ({ name: s, value: s })),
		default: 'Current',
	},
];
