import type { INodeProperties } from 'n8n-workflow';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as reverse from './reverse.operation';

export { create, del, get, getAll, reverse };

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['arPayment'] } },
		options: [
			{
				name: 'Create',
				value: 'create',
				action: 'Create an AR payment',
				description: 'Receive a payment that pays invoices and applies credits (ARPYMT)',
			},
			{ name: 'Delete', value: 'delete', action: 'Delete an AR payment', description: 'Delete a payment by RECORDNO' },
			{
				name: 'Get',
				value: 'get',
				action: 'Get an AR payment',
				description: 'Get a payment with its details by RECORDNO',
			},
			{ name: 'Get Many', value: 'getAll', action: 'Get many AR payments', description: 'List received payments' },
			{
				name: 'Reverse',
				value: 'reverse',
				action: 'Reverse an AR payment',
				description: 'Reverse a posted payment (reverse_arpayment)',
			},
		],
		default: 'create',
	},
	...create.description,
	...reverse.description,
	...del.description,
	...get.description,
	...getAll.description,
];
