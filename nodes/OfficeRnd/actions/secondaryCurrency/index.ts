import type { INodeProperties } from 'n8n-workflow';
import { operationSelector } from '../../generic/operations';
import * as get from './get.operation';
import * as getAll from './getAll.operation';

export { get, getAll };

export const description: INodeProperties[] = [
	operationSelector(
		'secondaryCurrency',
		[
			{ name: 'Get', value: 'get', action: 'Get a secondary currency' },
			{ name: 'Get Many', value: 'getAll', action: 'Get many secondary currencies' },
		],
		'getAll',
	),
	...get.description,
	...getAll.description,
];
