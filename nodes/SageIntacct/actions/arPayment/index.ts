import type { ResourceDecl } from '../../../shared/resource';
import type { FilterSpec } from '../../generic/records';
import { handWritten, recordOperations } from '../../generic/resource';
import type { IntacctClient } from '../../transport/client';
import * as create from './create.operation';
import { PAYMENT_METHODS } from './create.operation';
import * as reverse from './reverse.operation';

/** Get Many: readByQuery on ARPYMT. */
const filters: FilterSpec[] = [
	{ name: 'customerId', displayName: 'Customer ID', field: 'CUSTOMERID' },
	{ name: 'documentNumber', displayName: 'Document Number', field: 'DOCNUMBER' },
	{
		name: 'paymentMethod',
		displayName: 'Payment Method',
		field: 'PAYMENTMETHOD',
		options: PAYMENT_METHODS.map((m) => ({ name: m, value: m })),
	},
	{
		name: 'state',
		displayName: 'State',
		field: 'STATE',
		options: ['Draft', 'Posted', 'Reversed'].map((s) => ({ name: s, value: s })),
	},
];

/** AR Payment: create of ARPYMT and reverse_arpayment (own files); read and delete by RECORDNO (generic/records.ts, reference §4.5). */
export const resource: ResourceDecl<'create' | 'reverse' | 'delete' | 'get' | 'getAll', IntacctClient> = {
	name: 'AR Payment',
	defaultOperation: 'create',
	operations: {
		create: handWritten(
			create,
			'Create',
			'Create an AR payment',
			'Receive a payment that pays invoices and applies credits (ARPYMT)',
		),
		reverse: handWritten(reverse, 'Reverse', 'Reverse an AR payment', 'Reverse a posted payment (reverse_arpayment)'),
		delete: {
			name: 'Delete',
			action: 'Delete an AR payment',
			description: 'Delete a payment by RECORDNO',
			...recordOperations.delete('arPayment', 'payment', 'ARPYMT'),
		},
		get: {
			name: 'Get',
			action: 'Get an AR payment',
			description: 'Get a payment with its details by RECORDNO',
			...recordOperations.get('arPayment', 'payment', 'ARPYMT', { ARPYMTDETAILS: 'arpymtdetail' }),
		},
		getAll: {
			name: 'Get Many',
			action: 'Get many AR payments',
			description: 'List received payments',
			...recordOperations.getAll('arPayment', 'payment', 'ARPYMT', filters),
		},
	},
};
