import { getAllOperation } from '../../generic/objectOperations';
import { apPaymentSpec } from './spec';

/** AP Payment > Get Many: generic readByQuery/readMore of APPYMT (reference 4.8); shared builder in anyObject/objectOperations.ts. */
export const { description, execute } = getAllOperation(apPaymentSpec);
