import { operationProperty } from '../../generic/operations';
import * as get from './get.operation';
import * as getAll from './getAll.operation';

export { get, getAll };

export const description = [
	operationProperty('tenancy', [
		{ name: 'Get', value: 'get', action: 'Get a tenancy', description: 'Read one tenancy by ID' },
		{ name: 'Get Many', value: 'getAll', action: 'Get many tenancies', description: 'List tenancies, with filters and paging' },
	]),
	...get.description,
	...getAll.description,
];
