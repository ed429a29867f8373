import { operationProperty } from '../../generic/operations';
import * as create from './create.operation';
import * as update from './update.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';

export { create, update, get, getAll };

export const description = [
	operationProperty('contact', [
		{ name: 'Create', value: 'create', action: 'Create a contact', description: 'Create a new contact in Re-Leased' },
		{ name: 'Update', value: 'update', action: 'Update a contact', description: 'Change fields of an existing contact' },
		{ name: 'Get', value: 'get', action: 'Get a contact', description: 'Read one contact by ID' },
		{ name: 'Get Many', value: 'getAll', action: 'Get many contacts', description: 'List contacts, with filters and paging' },
	]),
	...create.description,
	...update.description,
	...get.description,
	...getAll.description,
];
