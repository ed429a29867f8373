import { getAllOperation } from '../../generic/objectOperations';
import { apBillSpec } from './spec';

/** AP Bill > Get Many: generic readByQuery/readMore of APBILL (reference 4.7); shared builder in anyObject/objectOperations.ts. */
export const { description, execute } = getAllOperation(apBillSpec);
