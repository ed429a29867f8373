import { operationProperty } from '../../generic/operations';
import * as create from './create.operation';
import * as update from './update.operation';
import * as voidOp from './void.operation';
import * as get from './get.operation';
import * as getAll from './getAll.operation';

export { create, update, voidOp as void, get, getAll };

export const description = [
	operationProperty('invoice', [
		{ name: 'Create', value: 'create', action: 'Create an invoice', description: 'Create a new invoice in Re-Leased' },
		{ name: 'Update', value: 'update', action: 'Update an invoice', description: 'Change fields of an existing invoice' },
		{ name: 'Void', value: 'void', action: 'Void an invoice', description: 'Void an invoice (no further changes or payments)' },
		{ name: 'Get', value: 'get', action: 'Get an invoice', description: 'Read one invoice by ID' },
		{ name: 'Get Many', value: 'getAll', action: 'Get many invoices', description: 'List invoices, with filters and paging' },
	]),
	...create.description,
	...update.description,
	...voidOp.description,
	...get.description,
	...getAll.description,
];
