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
		displayOptions: { show: { resource: ['apPayment'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create an AP payment',
				description: 'Create an AP payment with the generic create function',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get an AP payment',
				description: 'Read one AP payment by ID or record number',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many AP payments',
				description: 'Read AP payments with readByQuery, following readMore pages',
			},
		],
		default: 'getAll',
	},
	...create.description,
	...get.description,
	...getAll.description,
];
