import { releasedResource } from '../../generic/resource';
import { adjustmentFilters, adjustmentSpec } from './fields';

/** Adjustment: every operation is the generic engine (generic/operations.ts) with the fields in ./fields.ts. */
export const resource = releasedResource({
	resource: 'adjustment',
	label: 'Adjustment',
	plural: 'Adjustments',
	operations: { create: adjustmentSpec, get: true, getAll: adjustmentFilters },
});
