import { releasedResource } from '../../generic/resource';
import { paymentFilters, paymentSpec } from './fields';

/** Payment: every operation is the generic engine (generic/operations.ts) with the fields in ./fields.ts. */
export const resource = releasedResource({
	resource: 'payment',
	label: 'Payment',
	plural: 'Payments',
	operations: { create: paymentSpec, get: true, getAll: paymentFilters },
});
