import { operationProperty } from '../../generic/operations';
import * as create from './create.operation';
import * as update from './update.operation';
import * as archive from './archive.operation';
import * as getAll from './getAll.operation';

export { create, update, archive, getAll };

export const description = [
	operationProperty('account', [
		{ name: 'Create', value: 'create', action: 'Create an account', description: 'Create a new account in Re-Leased' },
		{ name: 'Update', value: 'update', action: 'Update an account', description: 'Change fields of an existing account' },
		{ name: 'Archive', value: 'archive', action: 'Archive an account', description: 'Archive an account so it can no longer be used' },
		{ name: 'Get Many', value: 'getAll', action: 'Get many accounts', description: 'List accounts, with filters and paging' },
	]),
	...create.description,
	...update.description,
	...archive.description,
	...getAll.description,
];
