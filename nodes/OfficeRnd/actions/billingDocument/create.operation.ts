import { createOperation } from '../common';
import { billingDocument, billingDocumentFields } from './spec';

/** ASSUMED path: POST /payments (transport/contract.ts). */
export const { description, execute } = createOperation(billingDocument, billingDocumentFields);
