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
		displayOptions: { show: { resource: ['glAccount'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a GL account',
				description: 'Create a GL account with the generic create function',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a GL account',
				description: 'Read one GL account by ID or record number',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many GL accounts',
				description: 'Read GL accounts with readByQuery, following readMore pages',
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a GL account',
				description: 'Update a GL account; only the given fields change',
			},
		],
		default: 'getAll',
	},
	...create.description,
	...update.description,
	...get.description,
	...getAll.description,
];
