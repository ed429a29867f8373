import { operationProperty } from '../../generic/operations';
import * as create from './create.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';

export { create, get, getAll };

export const description = [
	operationProperty('payment', [
		{ name: 'Create', value: 'create', action: 'Create a payment', description: 'Create a new payment in Re-Leased' },
		{ name: 'Get', value: 'get', action: 'Get a payment', description: 'Read one payment by ID' },
		{ name: 'Get Many', value: 'getAll', action: 'Get many payments', description: 'List payments, with filters and paging' },
	]),
	...create.description,
	...get.description,
	...getAll.description,
];
