import { createOperation } from '../../generic/objectOperations';
import { apPaymentSpec } from './spec';

/** AP Payment > Create: generic create of APPYMT (reference 4.8); shared builder in anyObject/objectOperations.ts. */
export const { description, execute } = createOperation(apPaymentSpec);
