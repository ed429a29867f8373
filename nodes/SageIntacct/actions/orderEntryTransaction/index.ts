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
		displayOptions: { show: { resource: ['orderEntryTransaction'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create an order entry transaction',
				description: 'Create a sales document of a transaction definition (create_sotransaction)',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get an order entry transaction',
				description: 'Get a sales document with its lines by RECORDNO',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many order entry transactions',
				description: 'List sales documents',
			},
		],
		default: 'create',
	},
	...create.description,
	...get.description,
	...getAll.description,
];
