import { officeRndResource } from '../../generic/resource';
import { fee, feeFields, feeFilters } from './spec';

/** fee: plain operations, run by generic/operations.ts with ./spec.ts. */
export const resource = officeRndResource({
	spec: fee,
	plural: 'Fees',
	description: 'One-off charge, including late and processing fees',
	operations: { create: feeFields, update: feeFields, delete: true, get: true, getAll: feeFilters },
});
