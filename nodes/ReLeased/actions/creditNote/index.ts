import { operationProperty } from '../../generic/operations';
import * as create from './create.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';

export { create, get, getAll };

export const description = [
	operationProperty('creditNote', [
		{ name: 'Create', value: 'create', action: 'Create a credit note', description: 'Create a new credit note in Re-Leased' },
		{ name: 'Get', value: 'get', action: 'Get a credit note', description: 'Read one credit note by ID' },
		{ name: 'Get Many', value: 'getAll', action: 'Get many credit notes', description: 'List credit notes, with filters and paging' },
	]),
	...create.description,
	...get.description,
	...getAll.description,
];
