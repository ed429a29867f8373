import type { INodeProperties } from 'n8n-workflow';
import { operationSelector } from '../../generic/operations';
import * as get from './get.operation';
import * as getAll from './getAll.operation';

export { get, getAll };

export const description: INodeProperties[] = [
	operationSelector(
		'plan',
		[
			{ name: 'Get', value: 'get', action: 'Get a plan' },
			{ name: 'Get Many', value: 'getAll', action: 'Get many plans' },
		],
		'getAll',
	),
	...get.description,
	...getAll.description,
];
