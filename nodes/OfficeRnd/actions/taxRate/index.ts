import { officeRndResource } from '../../generic/resource';
import { taxRate, taxRateFilters } from './spec';

/** taxRate: plain operations, run by generic/operations.ts with ./spec.ts. */
export const resource = officeRndResource({
	spec: taxRate,
	plural: 'Tax Rates',
	operations: { get: true, getAll: taxRateFilters },
});
