import { intacctResource } from '../../generic/resource';
import { taxDetailSpec } from './spec';

/** Tax Detail: plain generic-function operations on {@link taxDetailSpec} (generic/objectOperations.ts). */
export const resource = intacctResource({
	name: 'Tax Detail',
	spec: taxDetailSpec,
	plural: 'tax details',
	operations: ['get', 'getAll'],
});
