import { intacctResource } from '../../generic/resource';
import { apPaymentSpec } from './spec';

/** AP Payment: plain generic-function operations on {@link apPaymentSpec} (generic/objectOperations.ts). */
export const resource = intacctResource({
	name: 'AP Payment',
	spec: apPaymentSpec,
	plural: 'AP payments',
	operations: ['create', 'get', 'getAll'],
});
