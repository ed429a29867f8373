import { intacctResource } from '../../generic/resource';
import { apBillSpec } from './spec';

/** AP Bill: plain generic-function operations on {@link apBillSpec} (generic/objectOperations.ts). */
export const resource = intacctResource({
	name: 'AP Bill',
	spec: apBillSpec,
	plural: 'bills',
	operations: ['create', 'update', 'upsert', 'delete', 'get', 'getAll'],
});
