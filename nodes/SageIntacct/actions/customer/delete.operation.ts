import { deleteOperation } from '../../generic/objectOperations';
import { customerSpec } from './spec';

/** Customer > Delete: generic delete of CUSTOMER (reference 4.1); shared builder in anyObject/objectOperations.ts. */
export const { description, execute } = deleteOperation(customerSpec);
