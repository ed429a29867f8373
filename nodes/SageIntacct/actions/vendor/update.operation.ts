import { updateOperation } from '../../generic/objectOperations';
import { vendorSpec } from './spec';

/** Vendor > Update: generic update of VENDOR (reference 4.2); shared builder in anyObject/objectOperations.ts. */
export const { description, execute } = updateOperation(vendorSpec);
