import { upsertOperation } from '../../generic/objectOperations';
import { customerSpec } from './spec';

/** Customer > Create or Update: generic create or update of CUSTOMER (reference 4.1); shared builder in anyObject/objectOperations.ts. */
export const { description, execute } = upsertOperation(customerSpec);
