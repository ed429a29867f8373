import { officeRndResource } from '../../generic/resource';
import { location, locationFilters } from './spec';

/** location: plain operations, run by generic/operations.ts with ./spec.ts. */
export const resource = officeRndResource({
	spec: location,
	plural: 'Locations',
	operations: { get: true, getAll: locationFilters },
});
