import { intacctResource } from '../../generic/resource';
import { departmentSpec } from './spec';

/** Department: plain generic-function operations on {@link departmentSpec} (generic/objectOperations.ts). */
export const resource = intacctResource({
	name: 'Department',
	spec: departmentSpec,
	plural: 'departments',
	operations: ['create', 'update', 'get', 'getAll'],
});
