import { createOperation } from '../../generic/objectOperations';
import { customerSpec } from './spec';

/** Customer > Create: generic create of CUSTOMER (reference 4.1); shared builder in anyObject/objectOperations.ts. */
export const { description, execute } = createOperation(customerSpec);
