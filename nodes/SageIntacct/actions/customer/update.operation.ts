import { updateOperation } from '../../generic/objectOperations';
import { customerSpec } from './spec';

/** Customer > Update: generic update of CUSTOMER (reference 4.1); shared builder in anyObject/objectOperations.ts. */
export const { description, execute } = updateOperation(customerSpec);
