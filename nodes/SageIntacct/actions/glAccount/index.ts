import { intacctResource } from '../../generic/resource';
import { glAccountSpec } from './spec';

/** GL Account: plain generic-function operations on {@link glAccountSpec} (generic/objectOperations.ts). */
export const resource = intacctResource({
	name: 'GL Account',
	spec: glAccountSpec,
	plural: 'GL accounts',
	operations: ['create', 'update', 'get', 'getAll'],
});
