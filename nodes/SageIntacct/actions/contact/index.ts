import { intacctResource } from '../../generic/resource';
import { contactSpec } from './spec';

/** Contact: plain generic-function operations on {@link contactSpec} (generic/objectOperations.ts). */
export const resource = intacctResource({
	name: 'Contact',
	spec: contactSpec,
	plural: 'contacts',
	operations: ['create', 'update', 'get', 'getAll'],
});
