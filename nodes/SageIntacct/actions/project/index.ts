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
		displayOptions: { show: { resource: ['project'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a project',
				description: 'Create a project with the generic create function',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a project',
				description: 'Read one project by ID or record number',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many projects',
				description: 'Read projects with readByQuery, following readMore pages',
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a project',
				description: 'Update a project; only the given fields change',
			},
		],
		default: 'getAll',
	},
	...create.description,
	...update.description,
	...get.description,
	...getAll.description,
];
