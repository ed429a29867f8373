import type { INodeProperties } from 'n8n-workflow';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as getPdf from './getPdf.operation';
import * as reverse from './reverse.operation';
import * as update from './update.operation';
import * as upsert from './upsert.operation';

export { create, del, get, getAll, getPdf, reverse, update, upsert };

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
			{
				name: 'Create or Update',
				value: 'upsert',
				action: 'Create or update an AR invoice',
				description: 'Create a new record, or update the current one if it already exists (upsert)',
			},
			{ name: 'Delete', value: 'delete', action: 'Delete an AR invoice', description: 'Delete an invoice by RECORDNO' },
			{
				name: 'Get',
				value: 'get',
				action: 'Get an AR invoice',
				description: 'Get an invoice with its lines by RECORDNO',
			},
			{
				name: 'Get Many',
				value: 'getAll',
				action: 'Get many AR invoices',
				description: 'List invoices by customer, state, module or modification time',
			},
			{
				name: 'Get PDF',
				value: 'getPdf',
				action: 'Get an AR invoice as PDF',
				description: 'Download the printed invoice as a binary PDF (retrievepdf)',
			},
			{
				name: 'Reverse',
				value: 'reverse',
				action: 'Reverse an AR invoice',
				description: 'Reverse a posted invoice (reverse_invoice)',
			},
			{
				name: 'Update',
				value: 'update',
				action: 'Update an AR invoice',
				description: 'Change an invoice and its lines (update_invoice)',
			},
		],
		default: 'create',
	},
	...create.description,
	...update.description,
	...upsert.description,
	...reverse.description,
	...del.description,
	...get.description,
	...getAll.description,
	...getPdf.description,
];
