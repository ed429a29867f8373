import { getOperation } from '../../generic/objectOperations';
import { vendorSpec } from './spec';

/** Vendor > Get: generic read/readByName of VENDOR (reference 4.2); shared builder in anyObject/objectOperations.ts. */
export const { description, execute } = getOperation(vendorSpec);
