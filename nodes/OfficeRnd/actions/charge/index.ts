import { officeRndResource } from '../../generic/resource';
import * as create from './create.operation';
import { charge, chargeFields, chargeFilters } from './spec';

/** Charge: Create has its own re-run guard (create.operation.ts); the rest is generic/operations.ts. */
export const resource = officeRndResource({
	spec: charge,
	plural: 'Charges',
	description: 'Money received or refunded against an invoice',
	// ASSUMED path: PUT /charges/{id}; the document a charge belongs to cannot change, so Update does not offer it.
	operations: {
		get: true,
		getAll: chargeFilters,
		update: { ...chargeFields, required: chargeFields.required.filter((p) => p.name !== 'payment') },
		delete: true,
	},
	custom: { create },
	hints: { create: 'Record money received against an invoice' },
});
