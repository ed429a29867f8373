import type { INodeProperties } from 'n8n-workflow';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as query from './query.operation';
import * as rawXml from './rawXml.operation';
import * as read from './read.operation';
import * as update from './update.operation';

export { create, del as delete, query, rawXml, read, update };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['anyObject'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create a record of any object',
				description: 'Generic create of any object',
			},
			{
				name: 'Delete',
				value: 'delete',
				action: 'Delete records of any object',
				description: 'Generic delete by record numbers',
			},
			{
				name: 'Query',
				value: 'query',
				action: 'Query any object',
				description: 'Filter builder (query) or raw condition (readByQuery)',
			},
			{
				name: 'Raw XML Function',
				value: 'rawXml',
				action: 'Send a raw XML function',
				description: 'Send one function element; the node adds the envelope and credentials',
			},
			{
				name: 'Read',
				value: 'read',
				action: 'Read records of any object',
				description: 'Read by record numbers or by IDs',
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update a record of any object',
				description: 'Generic update of any object',
			},
		],
		default: 'query',
	},
	...query.description,
	...read.description,
	...create.description,
	...update.description,
	...del.description,
	...rawXml.description,
];
