import { getOperation } from '../../generic/objectOperations';
import { apPaymentSpec } from './spec';

/** AP Payment > Get: generic read/readByName of APPYMT (reference 4.8); shared builder in anyObject/objectOperations.ts. */
export const { description, execute } = getOperation(apPaymentSpec);
