import type { ResourceDecl } from '../../../shared/resource';
import type { FilterSpec } from '../../generic/records';
import { handWritten, recordOperations } from '../../generic/resource';
import type { IntacctClient } from '../../transport/client';
import * as create from './create.operation';

/** Get Many: readByQuery on APADJUSTMENT (debit and credit memos). */
const filters: FilterSpec[] = [
	{ name: 'vendorId', displayName: 'Vendor ID', field: 'VENDORID' },
	{ name: 'adjustmentNumber', displayName: 'Adjustment Number', field: 'RECORDID' },
	{
		name: 'state',
		displayName: 'State',
		field: 'STATE',
		options: ['Draft', 'Posted', 'Partially Paid', 'Paid'].map((s) => ({ name: s, value: s })),
	},
];

/** AP Adjustment: legacy create_apadjustment (own file); read and delete by RECORDNO (generic/records.ts, as AR adjustments, reference §4.4). */
export const resource: ResourceDecl<'create' | 'delete' | 'get' | 'getAll', IntacctClient> = {
	name: 'AP Adjustment',
	defaultOperation: 'create',
	operations: {
		create: handWritten(
			create,
			'Create',
			'Create an AP adjustment',
			'Create a debit memo (vendor credit) or credit memo (create_apadjustment)',
		),
		delete: {
			name: 'Delete',
			action: 'Delete an AP adjustment',
			description: 'Delete an adjustment by RECORDNO',
			...recordOperations.delete('apAdjustment', 'adjustment', 'APADJUSTMENT'),
		},
		get: {
			name: 'Get',
			action: 'Get an AP adjustment',
			description: 'Get an adjustment with its lines by RECORDNO',
			...recordOperations.get('apAdjustment', 'adjustment', 'APADJUSTMENT', { APADJUSTMENTITEMS: 'apadjustmentitem' }),
		},
		getAll: {
			name: 'Get Many',
			action: 'Get many AP adjustments',
			description: 'List debit and credit memos',
			...recordOperations.getAll('apAdjustment', 'adjustment', 'APADJUSTMENT', filters),
		},
	},
};
