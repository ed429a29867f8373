import { officeRndResource } from '../../generic/resource';
import { revenueAccount, revenueAccountFilters } from './spec';

/** revenueAccount: plain operations, run by generic/operations.ts with ./spec.ts. */
export const resource = officeRndResource({
	spec: revenueAccount,
	plural: 'Revenue Accounts',
	operations: { get: true, getAll: revenueAccountFilters },
});
