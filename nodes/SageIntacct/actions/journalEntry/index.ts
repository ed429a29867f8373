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
		displayOptions: { show: { resource: ['journalEntry'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a journal entry',
				description: 'Create a journal entry with the generic create function',
			},
			{
				name: 'Get',
				value: 'get',
				action: 'Get a journal entry',
				description: 'Read one journal entry by ID or record number',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many journal entries',
				description: 'Read journal entries with readByQuery, following readMore pages',
			},
		],
		default: 'getAll',
	},
	...create.description,
	...get.description,
	...getAll.description,
];
