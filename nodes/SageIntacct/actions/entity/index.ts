import type { INodeProperties } from 'n8n-workflow';
import * as get from './get.operation';
import * as getAll from './getAll.operation';

export { get, getAll };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['entity'] } },
		options: [
			{
				name: 'Get',
				value: 'get',
				action: 'Get an entity',
				description: 'Read one entity by ID or record number',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many entities',
				description: 'Read entities with readByQuery, following readMore pages',
			},
		],
		default: 'getAll',
	},
	...get.description,
	...getAll.description,
];
