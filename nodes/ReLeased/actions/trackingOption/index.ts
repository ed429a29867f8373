import { operationProperty } from '../../generic/operations';
import * as create from './create.operation';
import * as update from './update.operation';
import * as archive from './archive.operation';
import * as getAll from './getAll.operation';

export { create, update, archive, getAll };

export const description = [
	operationProperty('trackingOption', [
		{ name: 'Create', value: 'create', action: 'Create a tracking option', description: 'Create a new tracking option in Re-Leased' },
		{ name: 'Update', value: 'update', action: 'Update a tracking option', description: 'Change fields of an existing tracking option' },
		{ name: 'Archive', value: 'archive', action: 'Archive a tracking option', description: 'Archive a tracking option so it can no longer be used' },
		{ name: 'Get Many', value: 'getAll', action: 'Get many tracking options', description: 'List tracking options, with filters and paging' },
	]),
	...create.description,
	...update.description,
	...archive.description,
	...getAll.description,
];
