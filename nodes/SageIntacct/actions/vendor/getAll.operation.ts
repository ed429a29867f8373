import { getAllOperation } from '../../generic/objectOperations';
import { vendorSpec } from './spec';

/** Vendor > Get Many: generic readByQuery/readMore of VENDOR (reference 4.2); shared builder in anyObject/objectOperations.ts. */
export const { description, execute } = getAllOperation(vendorSpec);
