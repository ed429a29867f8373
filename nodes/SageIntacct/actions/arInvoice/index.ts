import type { INodeProperties } from 'n8n-workflow';
import * as create from './create.operation';

export { create };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['arInvoice'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create an AR invoice',
				description: 'Create an Accounts Receivable invoice (create_invoice)',
			},
		],
		default: 'create',
	},
	...create.description,
];
