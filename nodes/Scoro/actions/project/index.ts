import { scoroResource } from '../../generic/resource';
import type { ResourceSpec } from '../../generic/spec';

const STATUSES = [
	{ name: 'Cancelled', value: 'cancelled' },
	{ name: 'Completed', value: 'completed' },
	{ name: 'In Progress', value: 'inprogress' },
	{ name: 'Pending', value: 'pending' },
];

/** Project: Scoro `projects` (notes §3.8). */
export const spec = {
	resource: 'project',
	module: 'projects',
	idField: 'project_id',
	label: 'Project',
	plural: 'Projects',
	operations: ['getAll', 'get', 'create', 'update', 'delete'],
	fields: [
		{ name: 'project_name', title: 'Name', kind: 'string' },
		{ name: 'no', title: 'Number', kind: 'string' },
		{ name: 'company_id', title: 'Company Name or ID', kind: 'options', loadOptionsMethod: 'getCompanies' },
		{ name: 'status', title: 'Status', kind: 'options', options: STATUSES },
		{ name: 'manager_id', title: 'Manager User ID', kind: 'number' },
		{ name: 'date', title: 'Start Date', kind: 'date' },
		{ name: 'deadline', title: 'Deadline', kind: 'date' },
		{ name: 'description', title: 'Description', kind: 'string' },
		{ name: 'account_id', title: 'Business Entity (Account ID)', kind: 'string' },
	],
	filters: [
		{ name: 'company_id', title: 'Company Name or ID', kind: 'options', loadOptionsMethod: 'getCompanies' },
		{ name: 'status', title: 'Status', kind: 'options', options: STATUSES },
	],
	requiredOnCreate: ['project_name'],
} satisfies ResourceSpec;

export const resource = scoroResource(spec);
