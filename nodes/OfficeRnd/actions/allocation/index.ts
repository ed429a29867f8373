import type { ResourceDecl } from '../../../shared/resource';
import * as create from './create.operation';
import * as deleteOp from './delete.operation';
import * as update from './update.operation';

/**
 * Allocation: a credit note or overpayment allocated to an invoice, inside both documents
 * (spec.ts). Not a collection of its own, so all three operations are hand-written.
 */
export const resource: ResourceDecl<'create' | 'update' | 'delete'> = {
	name: 'Allocation',
	defaultOperation: 'create',
	operations: {
		create: {
			name: 'Create',
			action: 'Allocate a credit to an invoice',
			description: 'Allocate a credit note or overpayment to an invoice',
			...create,
		},
		update: { name: 'Update', action: 'Change an allocation amount', ...update },
		delete: { name: 'Remove', action: 'Remove an allocation', ...deleteOp },
	},
};
