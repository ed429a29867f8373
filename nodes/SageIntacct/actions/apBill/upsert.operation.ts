import { upsertOperation } from '../../generic/objectOperations';
import { apBillSpec } from './spec';

/** AP Bill > Create or Update: generic create or update of APBILL (reference 4.7); shared builder in anyObject/objectOperations.ts. */
export const { description, execute } = upsertOperation(apBillSpec);
