import { getOperation } from '../../generic/objectOperations';
import { apBillSpec } from './spec';

/** AP Bill > Get: generic read/readByName of APBILL (reference 4.7); shared builder in anyObject/objectOperations.ts. */
export const { description, execute } = getOperation(apBillSpec);
