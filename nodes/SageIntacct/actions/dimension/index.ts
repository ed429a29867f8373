import type { INodeProperties } from 'n8n-workflow';
import * as create from './create.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getDimensions from './getDimensions.operation';
import * as update from './update.operation';

export { create, get, getAll, getDimensions, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['dimension'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a dimension value',
				description: 'Create a record of a user-defined dimension',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a dimension value',
				description: 'Read one record of a user-defined dimension',
			},
			{
				name: 'Get Dimensions',
				value: 'getDimensions',
				action: 'Get dimensions',
				description: 'List standard and user-defined dimensions (getDimensions)',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many dimension values',
				description: 'Read the records of a user-defined dimension',
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a dimension value',
				description: 'Update a record of a user-defined dimension',
			},
		],
		default: 'getDimensions',
	},
	...getDimensions.description,
	...getAll.description,
	...get.description,
	...create.description,
	...update.description,
];
