import { createOperation } from '../../generic/objectOperations';
import { apBillSpec } from './spec';

/** AP Bill > Create: generic create of APBILL (reference 4.7); shared builder in anyObject/objectOperations.ts. */
export const { description, execute } = createOperation(apBillSpec);
