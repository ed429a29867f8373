import { intacctResource } from '../../generic/resource';
import { locationSpec } from './spec';

/** Location: plain generic-function operations on {@link locationSpec} (generic/objectOperations.ts). */
export const resource = intacctResource({
	name: 'Location',
	spec: locationSpec,
	plural: 'locations',
	operations: ['create', 'update', 'get', 'getAll'],
});
