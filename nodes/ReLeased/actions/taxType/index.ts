import { operationProperty } from '../../generic/operations';
import * as create from './create.operation';
import * as update from './update.operation';
import * as archive from './archive.operation';
import * as getAll from './getAll.operation';

export { create, update, archive, getAll };

export const description = [
	operationProperty('taxType', [
		{ name: 'Create', value: 'create', action: 'Create a tax type', description: 'Create a new tax type in Re-Leased' },
		{ name: 'Update', value: 'update', action: 'Update a tax type', description: 'Change fields of an existing tax type' },
		{ name: 'Archive', value: 'archive', action: 'Archive a tax type', description: 'Archive a tax type so it can no longer be used' },
		{ name: 'Get Many', value: 'getAll', action: 'Get many tax types', description: 'List tax types, with filters and paging' },
	]),
	...create.description,
	...update.description,
	...archive.description,
	...getAll.description,
];
