import type { ResourceDecl } from '../../../shared/resource';
import type { FilterSpec } from '../../generic/records';
import { handWritten, recordOperations } from '../../generic/resource';
import type { IntacctClient } from '../../transport/client';
import * as create from './create.operation';

/** Get Many: readByQuery on ARADVANCE. */
const filters: FilterSpec[] = [
	{ name: 'customerId', displayName: 'Customer ID', field: 'CUSTOMERID' },
	{
		name: 'state',
		displayName: 'State',
		field: 'STATE',
		options: ['Draft', 'Posted', 'Partially Paid', 'Paid'].map((s) => ({ name: s, value: s })),
	},
];

/** AR Advance: create of ARADVANCE (own file); read by RECORDNO with its lines (generic/records.ts). */
export const resource: ResourceDecl<'create' | 'get' | 'getAll', IntacctClient> = {
	name: 'AR Advance',
	defaultOperation: 'create',
	operations: {
		create: handWritten(
			create,
			'Create',
			'Create an AR advance',
			'Record money received before it is invoiced (ARADVANCE)',
		),
		get: {
			name: 'Get',
			action: 'Get an AR advance',
			description: 'Get an advance with its lines by RECORDNO',
			...recordOperations.get('arAdvance', 'advance', 'ARADVANCE', { ARADVANCEITEMS: 'aradvanceitem' }),
		},
		getAll: {
			name: 'Get Many',
			action: 'Get many AR advances',
			description: 'List advances',
			...recordOperations.getAll('arAdvance', 'advance', 'ARADVANCE', filters),
		},
	},
};
