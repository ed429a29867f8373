import { officeRndResource } from '../../generic/resource';
import { membership, membershipFilters } from './spec';

/** membership: plain operations, run by generic/operations.ts with ./spec.ts. */
export const resource = officeRndResource({
	spec: membership,
	plural: 'Memberships',
	operations: { get: true, getAll: membershipFilters },
});
