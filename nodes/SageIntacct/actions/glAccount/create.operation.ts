import { createOperation } from '../../generic/objectOperations';
import { glAccountSpec } from './spec';

/** GL Account > Create: generic create of GLACCOUNT (reference 4.9); shared builder in anyObject/objectOperations.ts. */
export const { description, execute } = createOperation(glAccountSpec);
