import { officeRndResource } from '../../generic/resource';
import { member, memberFields, memberFilters } from './spec';

/** member: plain operations, run by generic/operations.ts with ./spec.ts. */
export const resource = officeRndResource({
	spec: member,
	plural: 'Members',
	operations: { create: memberFields, update: memberFields, get: true, getAll: memberFilters },
});
