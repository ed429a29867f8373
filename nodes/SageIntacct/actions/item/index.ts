import { intacctResource } from '../../generic/resource';
import { itemSpec } from './spec';

/** Item: plain generic-function operations on {@link itemSpec} (generic/objectOperations.ts). */
export const resource = intacctResource({
	name: 'Item',
	spec: itemSpec,
	plural: 'items',
	operations: ['create', 'update', 'get', 'getAll'],
});
