import type { ResourceDecl } from '../../../shared/resource';
import type { FilterSpec } from '../../generic/records';
import { handWritten, recordOperations } from '../../generic/resource';
import type { IntacctClient } from '../../transport/client';
import * as create from './create.operation';
import * as get from './get.operation';

/** Get Many: readByQuery on SODOCUMENT. */
const filters: FilterSpec[] = [
	{ name: 'transactionType', displayName: 'Transaction Definition', field: 'DOCPARID', placeholder: 'Sales Invoice' },
	{ name: 'customerId', displayName: 'Customer ID', field: 'CUSTVENDID' },
	{
		name: 'state',
		displayName: 'State',
		field: 'STATE',
		options: ['Draft', 'Pending', 'Closed'].map((s) => ({ name: s, value: s })),
	},
];

/** Order Entry Transaction: create_sotransaction and Get with its docparid (own files); Get Many by readByQuery (generic/records.ts). */
export const resource: ResourceDecl<'create' | 'get' | 'getAll', IntacctClient> = {
	name: 'Order Entry Transaction',
	defaultOperation: 'create',
	operations: {
		create: handWritten(
			create,
			'Create',
			'Create an order entry transaction',
			'Create a sales document of a transaction definition (create_sotransaction)',
		),
		get: handWritten(get, 'Get', 'Get an order entry transaction', 'Get a sales document with its lines by RECORDNO'),
		getAll: {
			name: 'Get Many',
			action: 'Get many order entry transactions',
			description: 'List sales documents',
			...recordOperations.getAll('orderEntryTransaction', 'transaction', 'SODOCUMENT', filters),
		},
	},
};
