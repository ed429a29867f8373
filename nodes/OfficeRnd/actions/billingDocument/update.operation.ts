import { updateOperation } from '../../generic/operations';
import { billingDocument, billingDocumentUpdateFields } from './spec';

/** ASSUMED path: PUT /payments/{id} (transport/contract.ts). */
export const { description, execute } = updateOperation(billingDocument, billingDocumentUpdateFields);
