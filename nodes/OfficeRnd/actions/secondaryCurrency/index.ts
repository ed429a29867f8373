import { officeRndResource } from '../../generic/resource';
import { secondaryCurrency, secondaryCurrencyFilters } from './spec';

/** secondaryCurrency: plain operations, run by generic/operations.ts with ./spec.ts. */
export const resource = officeRndResource({
	spec: secondaryCurrency,
	plural: 'Secondary Currencies',
	operations: { get: true, getAll: secondaryCurrencyFilters },
});
