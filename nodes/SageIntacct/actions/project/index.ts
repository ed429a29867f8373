import { intacctResource } from '../../generic/resource';
import { projectSpec } from './spec';

/** Project: plain generic-function operations on {@link projectSpec} (generic/objectOperations.ts). */
export const resource = intacctResource({
	name: 'Project',
	spec: projectSpec,
	plural: 'projects',
	operations: ['create', 'update', 'get', 'getAll'],
});
