import type { INodeProperties } from 'n8n-workflow';
import * as create from './create.operation';
import * as update from './update.operation';
import * as upsert from './upsert.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';

export { create, update, upsert, del as delete, get, getAll };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['vendor'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a vendor',
				description: 'Create a vendor with the generic create function',
			},
			{
				name: 'Create or Update',
				value: 'upsert',
				action: 'Create or update a vendor',
				description: 'Create a new record, or update the current one if it already exists (upsert)',
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete a vendor',
				description: 'Delete a vendor by record number or ID',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a vendor',
				description: 'Read one vendor by ID or record number',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many vendors',
				description: 'Read vendors with readByQuery, following readMore pages',
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a vendor',
				description: 'Update a vendor; only the given fields change',
			},
		],
		default: 'getAll',
	},
	...create.description,
	...update.description,
	...upsert.description,
	...del.description,
	...get.description,
	...getAll.description,
];
