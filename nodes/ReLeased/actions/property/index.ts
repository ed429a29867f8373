import { operationProperty } from '../../generic/operations';
import * as get from './get.operation';
import * as getAll from './getAll.operation';

export { get, getAll };

export const description = [
	operationProperty('property', [
		{ name: 'Get', value: 'get', action: 'Get a property', description: 'Read one property by ID' },
		{ name: 'Get Many', value: 'getAll', action: 'Get many properties', description: 'List properties, with filters and paging' },
	]),
	...get.description,
	...getAll.description,
];
