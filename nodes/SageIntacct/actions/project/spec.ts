import type { ObjectSpec } from '../../generic/objectOperations';
import { statusField } from '../../generic/objectOperations';

/** PROJECT (reference 4.11): create needs NAME and PROJECTCATEGORY; update by RECORDNO or PROJECTID. */
export const projectSpec: ObjectSpec = {
	resource: 'project',
	object: 'PROJECT',
	label: 'project',
	idField: 'PROJECTID',
	idLabel: 'Project ID',
	autoNumbered: true,
	updateById: true,
	hasStatus: true,
	fields: [
		{ name: 'name', path: 'NAME', title: 'Name', kind: 'string', required: true },
		{
			name: 'projectCategory',
			path: 'PROJECTCATEGORY',
			title: 'Project Category',
			kind: 'string',
			required: true,
			placeholder: 'Contract',
		},
		{
			name: 'projectId',
			path: 'PROJECTID',
			title: 'Project ID',
			kind: 'string',
			description: 'Leave empty to let Sage Intacct number the project',
		},
		{
			name: 'projectStatus',
			path: 'PROJECTSTATUS',
			title: 'Project Status',
			kind: 'string',
			placeholder: 'In Progress',
		},
		{ name: 'customerId', path: 'CUSTOMERID', title: 'Customer', kind: 'string', loadOptionsMethod: 'getCustomers' },
		{ name: 'locationId', path: 'LOCATIONID', title: 'Location', kind: 'string', loadOptionsMethod: 'getLocations' },
		{
			name: 'departmentId',
			path: 'DEPARTMENTID',
			title: 'Department',
			kind: 'string',
			loadOptionsMethod: 'getDepartments',
		},
		{ name: 'parentId', path: 'PARENTID', title: 'Parent Project ID', kind: 'string' },
		{ name: 'currency', path: 'CURRENCY', title: 'Currency', kind: 'string' },
		{ name: 'beginDate', path: 'BEGINDATE', title: 'Begin Date', kind: 'dateTime' },
		{ name: 'endDate', path: 'ENDDATE', title: 'End Date', kind: 'dateTime' },
		statusField,
	],
	filters: [{ name: 'customerId', path: 'CUSTOMERID', title: 'Customer ID', kind: 'string' }],
};
