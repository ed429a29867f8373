import type { INodeProperties } from 'n8n-workflow';
import { operationSelector } from '../../generic/operations';
import * as create from './create.operation';
import * as del from './delete.operation';
import * as update from './update.operation';

export { create, del as delete, update };

export const description: INodeProperties[] = [
	operationSelector(
		'allocation',
		[
			{ name: 'Create', value: 'create', action: 'Allocate a credit to an invoice', description: 'Allocate a credit note or overpayment to an invoice' },
			{ name: 'Remove', value: 'delete', action: 'Remove an allocation' },
			{ name: 'Update', value: 'update', action: 'Change an allocation amount' },
		],
		'create',
	),
	...create.description,
	...update.description,
	...del.description,
];
