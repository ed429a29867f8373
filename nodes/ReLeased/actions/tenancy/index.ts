import { releasedResource } from '../../generic/resource';
import { tenancyFilters } from './fields';

/** Tenancy: every operation is the generic engine (generic/operations.ts) with the fields in ./fields.ts. */
export const resource = releasedResource({
	resource: 'tenancy',
	label: 'Tenancy',
	plural: 'Tenancies',
	operations: { get: true, getAll: tenancyFilters },
});
