import type { ObjectSpec } from '../../generic/objectOperations';
import { statusField } from '../../generic/objectOperations';

/** LOCATION (reference 4.11). Entities are locations too; see the Entity resource for those. */
export const locationSpec: ObjectSpec = {
	resource: 'location',
	object: 'LOCATION',
	label: 'location',
	idField: 'LOCATIONID',
	idLabel: 'Location ID',
	hasStatus: true,
	fields: [
		{ name: 'locationId', path: 'LOCATIONID', title: 'Location ID', kind: 'string', required: true },
		{ name: 'name', path: 'NAME', title: 'Name', kind: 'string', required: true },
		{ name: 'parentId', path: 'PARENTID', title: 'Parent Location', kind: 'string', loadOptionsMethod: 'getLocations' },
		{ name: 'supervisorId', path: 'SUPERVISORID', title: 'Manager Employee ID', kind: 'string' },
		{ name: 'currency', path: 'CURRENCY', title: 'Currency', kind: 'string' },
		statusField,
	],
	filters: [{ name: 'parentId', path: 'PARENTID', title: 'Parent Location ID', kind: 'string' }],
};
