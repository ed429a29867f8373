import type { INodeProperties } from 'n8n-workflow';
import { operationSelector } from '../../generic/operations';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

export { create, del as delete, get, getAll, update };

export const description: INodeProperties[] = [
	operationSelector(
		'charge',
		[
			{ name: 'Create', value: 'create', action: 'Create a charge', description: 'Record money received against an invoice' },
			{ name: 'Delete', value: 'delete', action: 'Delete a charge' },
			{ name: 'Get', value: 'get', action: 'Get a charge' },
			{ name: 'Get Many', value: 'getAll', action: 'Get many charges' },
			{ name: 'Update', value: 'update', action: 'Update a charge' },
		],
		'getAll',
	),
	...get.description,
	...getAll.description,
	...create.description,
	...update.description,
	...del.description,
];
