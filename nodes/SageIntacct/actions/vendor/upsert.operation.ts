import { upsertOperation } from '../../generic/objectOperations';
import { vendorSpec } from './spec';

/** Vendor > Create or Update: generic create or update of VENDOR (reference 4.2); shared builder in anyObject/objectOperations.ts. */
export const { description, execute } = upsertOperation(vendorSpec);
