import { officeRndResource } from '../../generic/resource';
import { plan, planFilters } from './spec';

/** plan: plain operations, run by generic/operations.ts with ./spec.ts. */
export const resource = officeRndResource({
	spec: plan,
	plural: 'Plans',
	operations: { get: true, getAll: planFilters },
});
