import { updateOperation } from '../../generic/operations';
import { charge, chargeFields } from './spec';

/** ASSUMED path: PUT /charges/{id}; the document a charge belongs to cannot change. */
export const { description, execute } = updateOperation(charge, { ...chargeFields, required: chargeFields.required.filter((p) => p.name !== 'payment') });
