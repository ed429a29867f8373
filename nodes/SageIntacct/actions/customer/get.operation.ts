import { getOperation } from '../../generic/objectOperations';
import { customerSpec } from './spec';

/** Customer > Get: generic read/readByName of CUSTOMER (reference 4.1); shared builder in anyObject/objectOperations.ts. */
export const { description, execute } = getOperation(customerSpec);
