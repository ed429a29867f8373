import { updateOperation } from '../../generic/objectOperations';
import { apBillSpec } from './spec';

/** AP Bill > Update: generic update of APBILL (reference 4.7); shared builder in anyObject/objectOperations.ts. */
export const { description, execute } = updateOperation(apBillSpec);
