import { intacctResource } from '../../generic/resource';
import { entitySpec } from './spec';

/** Entity: plain generic-function operations on {@link entitySpec} (generic/objectOperations.ts). */
export const resource = intacctResource({
	name: 'Entity',
	spec: entitySpec,
	plural: 'entities',
	operations: ['get', 'getAll'],
});
