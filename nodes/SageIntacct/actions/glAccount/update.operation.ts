import { updateOperation } from '../../generic/objectOperations';
import { glAccountSpec } from './spec';

/** GL Account > Update: generic update of GLACCOUNT (reference 4.9); shared builder in anyObject/objectOperations.ts. */
export const { description, execute } = updateOperation(glAccountSpec);
