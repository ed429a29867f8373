import type { INodeProperties } from 'n8n-workflow';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

export { create, del, get, getAll, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['arAdjustment'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create an AR adjustment',
				description: 'Create a credit or debit memo (create_aradjustment)',
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete an AR adjustment',
				description: 'Delete an adjustment by RECORDNO',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get an AR adjustment',
				description: 'Get an adjustment with its lines by RECORDNO',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many AR adjustments',
				description: 'List credit and debit memos',
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update an AR adjustment',
				description: 'Change an adjustment and its lines (update_aradjustment)',
			},
		],
		default: 'create',
	},
	...create.description,
	...update.description,
	...del.description,
	...get.description,
	...getAll.description,
];
