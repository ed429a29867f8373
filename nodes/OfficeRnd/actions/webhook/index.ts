import type { INodeProperties } from 'n8n-workflow';
import { operationSelector } from '../../generic/operations';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as getAll from './getAll.operation';

export { create, del as delete, getAll };

export const description: INodeProperties[] = [
	operationSelector(
		'webhook',
		[
			{ name: 'Create', value: 'create', action: 'Create a webhook' },
			{ name: 'Delete', value: 'delete', action: 'Delete a webhook' },
			{ name: 'Get Many', value: 'getAll', action: 'Get many webhooks' },
		],
		'getAll',
	),
	...create.description,
	...getAll.description,
	...del.description,
];
