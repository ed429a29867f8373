import { getOperation } from '../../generic/objectOperations';
import { glAccountSpec } from './spec';

/** GL Account > Get: generic read/readByName of GLACCOUNT (reference 4.9); shared builder in anyObject/objectOperations.ts. */
export const { description, execute } = getOperation(glAccountSpec);
