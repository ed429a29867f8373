import type { INodeProperties } from 'n8n-workflow';
import * as create from './create.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

export { create, get, getAll, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['arTerm'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create an AR term',
				description: 'Create an AR term (legacy create_arterm)',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get an AR term',
				description: 'Read one AR term by ID or record number',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many AR terms',
				description: 'Read AR terms with readByQuery, following readMore pages',
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update an AR term',
				description: 'Update an AR term by name (legacy update_arterm)',
			},
		],
		default: 'getAll',
	},
	...get.description,
	...getAll.description,
	...create.description,
	...update.description,
];
