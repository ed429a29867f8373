import { createOperation } from '../common';
import { charge, chargeFields } from './spec';

/** ASSUMED path: POST /charges (transport/contract.ts). */
export const { description, execute } = createOperation(charge, chargeFields);
