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
		'fee',
		[
			{ name: 'Create', value: 'create', action: 'Create a fee' },
			{ name: 'Delete', value: 'delete', action: 'Delete a fee' },
			{ name: 'Get', value: 'get', action: 'Get a fee' },
			{ name: 'Get Many', value: 'getAll', action: 'Get many fees' },
			{ name: 'Update', value: 'update', action: 'Update a fee' },
		],
		'getAll',
	),
	...create.description,
	...update.description,
	...del.description,
	...get.description,
	...getAll.description,
];
