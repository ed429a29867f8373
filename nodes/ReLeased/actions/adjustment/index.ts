import { operationProperty } from '../../generic/operations';
import * as create from './create.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';

export { create, get, getAll };

export const description = [
	operationProperty('adjustment', [
		{ name: 'Create', value: 'create', action: 'Create an adjustment', description: 'Create a new adjustment in Re-Leased' },
		{ name: 'Get', value: 'get', action: 'Get an adjustment', description: 'Read one adjustment by ID' },
		{ name: 'Get Many', value: 'getAll', action: 'Get many adjustments', description: 'List adjustments, with filters and paging' },
	]),
	...create.description,
	...get.description,
	...getAll.description,
];
