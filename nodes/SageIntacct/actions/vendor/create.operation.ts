import { createOperation } from '../../generic/objectOperations';
import { vendorSpec } from './spec';

/** Vendor > Create: generic create of VENDOR (reference 4.2); shared builder in anyObject/objectOperations.ts. */
export const { description, execute } = createOperation(vendorSpec);
