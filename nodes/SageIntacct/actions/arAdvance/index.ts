import type { INodeProperties } from 'n8n-workflow';
import * as create from './create.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';

export { create, get, getAll };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['arAdvance'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create an AR advance',
				description: 'Record money received before it is invoiced (ARADVANCE)',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get an AR advance',
				description: 'Get an advance with its lines by RECORDNO',
			},
			{ name: 'Get Many', value: 'getAll', action: 'Get many AR advances', description: 'List advances' },
		],
		default: 'create',
	},
	...create.description,
	...get.description,
	...getAll.description,
];
