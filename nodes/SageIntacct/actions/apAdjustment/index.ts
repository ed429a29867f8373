import type { INodeProperties } from 'n8n-workflow';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';

export { create, del, get, getAll };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['apAdjustment'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create an AP adjustment',
				description: 'Create a debit memo (vendor credit) or credit memo (create_apadjustment)',
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete an AP adjustment',
				description: 'Delete an adjustment by RECORDNO',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get an AP adjustment',
				description: 'Get an adjustment with its lines by RECORDNO',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many AP adjustments',
				description: 'List debit and credit memos',
			},
		],
		default: 'create',
	},
	...create.description,
	...del.description,
	...get.description,
	...getAll.description,
];
