import { deleteOperation } from '../../generic/objectOperations';
import { apBillSpec } from './spec';

/** AP Bill > Delete: generic delete of APBILL (reference 4.7); shared builder in anyObject/objectOperations.ts. */
export const { description, execute } = deleteOperation(apBillSpec);
