import { deleteOperation } from '../../generic/objectOperations';
import { vendorSpec } from './spec';

/** Vendor > Delete: generic delete of VENDOR (reference 4.2); shared builder in anyObject/objectOperations.ts. */
export const { description, execute } = deleteOperation(vendorSpec);
