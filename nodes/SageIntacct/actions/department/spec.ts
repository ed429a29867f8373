import type { ObjectSpec } from '../../generic/objectOperations';
import { statusField } from '../../generic/objectOperations';

/** DEPARTMENT (reference 4.11): create needs DEPARTMENTID and TITLE. */
export const departmentSpec: ObjectSpec = {
	resource: 'department',
	object: 'DEPARTMENT',
	label: 'department',
	idField: 'DEPARTMENTID',
	idLabel: 'Department ID',
	hasStatus: true,
	fields: [
		{ name: 'departmentId', path: 'DEPARTMENTID', title: 'Department ID', kind: 'string', required: true },
		{ name: 'title', path: 'TITLE', title: 'Title', kind: 'string', required: true },
		{
			name: 'parentId',
			path: 'PARENTID',
			title: 'Parent Department',
			kind: 'string',
			loadOptionsMethod: 'getDepartments',
		},
		{ name: 'supervisorId', path: 'SUPERVISORID', title: 'Manager Employee ID', kind: 'string' },
		statusField,
	],
};
