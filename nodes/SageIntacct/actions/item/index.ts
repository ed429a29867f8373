import type { INodeProperties } from 'n8n-workflow';
import * as create from './create.operation';
import * as update from './update.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';

export { create, update, get, getAll };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['item'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create an item',
				description: 'Create an item with the generic create function',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get an item',
				description: 'Read one item by ID or record number',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many items',
				description: 'Read items with readByQuery, following readMore pages',
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update an item',
				description: 'Update an item; only the given fields change',
			},
		],
		default: 'getAll',
	},
	...create.description,
	...update.description,
	...get.description,
	...getAll.description,
];
