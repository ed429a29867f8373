import { intacctResource } from '../../generic/resource';
import { classSpec } from './spec';

/** Class: plain generic-function operations on {@link classSpec} (generic/objectOperations.ts). */
export const resource = intacctResource({
	name: 'Class',
	spec: classSpec,
	plural: 'classes',
	operations: ['create', 'update', 'get', 'getAll'],
});
