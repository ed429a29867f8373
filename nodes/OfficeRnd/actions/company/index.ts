import { officeRndResource } from '../../generic/resource';
import { company, companyFields, companyFilters } from './spec';

/** company: plain operations, run by generic/operations.ts with ./spec.ts. */
export const resource = officeRndResource({
	spec: company,
	plural: 'Companies',
	operations: { create: companyFields, update: companyFields, get: true, getAll: companyFilters },
});
