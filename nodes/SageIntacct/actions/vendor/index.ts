import { intacctResource } from '../../generic/resource';
import { vendorSpec } from './spec';

/** Vendor: plain generic-function operations on {@link vendorSpec} (generic/objectOperations.ts). */
export const resource = intacctResource({
	name: 'Vendor',
	spec: vendorSpec,
	plural: 'vendors',
	operations: ['create', 'update', 'upsert', 'delete', 'get', 'getAll'],
});
