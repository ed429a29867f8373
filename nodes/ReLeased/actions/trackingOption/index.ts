import { releasedResource } from '../../generic/resource';
import { trackingOptionFilters, trackingOptionSpec } from './fields';

/** Tracking Option: every operation is the generic engine (generic/operations.ts) with the fields in ./fields.ts. */
export const resource = releasedResource({
	resource: 'trackingOption',
	label: 'Tracking Option',
	plural: 'Tracking Options',
	operations: { create: trackingOptionSpec, update: trackingOptionSpec, archive: true, getAll: trackingOptionFilters },
});
