import type { INodeProperties } from 'n8n-workflow';
import { operationSelector } from '../../generic/operations';
import * as create from './create.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';
import * as update from './update.operation';

export { create, get, getAll, update };

export const description: INodeProperties[] = [
	operationSelector(
		'member',
		[
			{ name: 'Create', value: 'create', action: 'Create a member' },
			{ name: 'Get', value: 'get', action: 'Get a member' },
			{ name: 'Get Many', value: 'getAll', action: 'Get many members' },
			{ name: 'Update', value: 'update', action: 'Update a member' },
		],
		'getAll',
	),
	...create.description,
	...update.description,
	...get.description,
	...getAll.description,
];
