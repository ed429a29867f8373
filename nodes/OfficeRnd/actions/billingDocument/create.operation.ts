import { createOperation } from '../../generic/operations';
import { billingDocument, billingDocumentFields } from './spec';

/** ASSUMED path: POST /payments (transport/contract.ts). */
export const { description, execute } = createOperation(billingDocument, billingDocumentFields);
