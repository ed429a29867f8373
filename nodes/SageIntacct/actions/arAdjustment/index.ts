import type { ResourceDecl } from '../../../shared/resource';
import type { FilterSpec } from '../../generic/records';
import { handWritten, recordOperations } from '../../generic/resource';
import type { IntacctClient } from '../../transport/client';
import * as create from './create.operation';
import * as update from './update.operation';

/** Get Many: readByQuery on ARADJUSTMENT (credit and debit memos). */
const filters: FilterSpec[] = [
	{ name: 'customerId', displayName: 'Customer ID', field: 'CUSTOMERID' },
	{ name: 'adjustmentNumber', displayName: 'Adjustment Number', field: 'RECORDID' },
	{
		name: 'state',
		displayName: 'State',
		field: 'STATE',
		options: ['Draft', 'Posted', 'Partially Paid', 'Paid'].map((s) => ({ name: s, value: s })),
	},
];

/** AR Adjustment: legacy create/update_aradjustment (own files); read and delete by RECORDNO (generic/records.ts, reference §4.4). */
export const resource: ResourceDecl<'create' | 'update' | 'delete' | 'get' | 'getAll', IntacctClient> = {
	name: 'AR Adjustment',
	defaultOperation: 'create',
	operations: {
		create: handWritten(
			create,
			'Create',
			'Create an AR adjustment',
			'Create a credit or debit memo (create_aradjustment)',
		),
		update: handWritten(
			update,
			'Update',
			'Update an AR adjustment',
			'Change an adjustment and its lines (update_aradjustment)',
		),
		delete: {
			name: 'Delete',
			action: 'Delete an AR adjustment',
			description: 'Delete an adjustment by RECORDNO',
			...recordOperations.delete('arAdjustment', 'adjustment', 'ARADJUSTMENT'),
		},
		get: {
			name: 'Get',
			action: 'Get an AR adjustment',
			description: 'Get an adjustment with its lines by RECORDNO',
			...recordOperations.get('arAdjustment', 'adjustment', 'ARADJUSTMENT', { ARADJUSTMENTITEMS: 'aradjustmentitem' }),
		},
		getAll: {
			name: 'Get Many',
			action: 'Get many AR adjustments',
			description: 'List credit and debit memos',
			...recordOperations.getAll('arAdjustment', 'adjustment', 'ARADJUSTMENT', filters),
		},
	},
};
