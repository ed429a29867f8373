import { releasedResource } from '../../generic/resource';
import { propertyFilters } from './fields';

/** Property: every operation is the generic engine (generic/operations.ts) with the fields in ./fields.ts. */
export const resource = releasedResource({
	resource: 'property',
	label: 'Property',
	plural: 'Properties',
	operations: { get: true, getAll: propertyFilters },
});
