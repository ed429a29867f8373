import type { ObjectSpec } from '../../generic/objectOperations';
import { statusField } from '../../generic/objectOperations';

/** CLASS (reference 4.11): create needs CLASSID and NAME. */
export const classSpec: ObjectSpec = {
	resource: 'class',
	object: 'CLASS',
	label: 'class',
	idField: 'CLASSID',
	idLabel: 'Class ID',
	hasStatus: true,
	fields: [
		{ name: 'classId', path: 'CLASSID', title: 'Class ID', kind: 'string', required: true },
		{ name: 'name', path: 'NAME', title: 'Name', kind: 'string', required: true },
		{ name: 'description', path: 'DESCRIPTION', title: 'Description', kind: 'string' },
		{ name: 'parentId', path: 'PARENTID', title: 'Parent Class', kind: 'string', loadOptionsMethod: 'getClasses' },
		statusField,
	],
};
