import { getAllOperation } from '../../generic/objectOperations';
import { glAccountSpec } from './spec';

/** GL Account > Get Many: generic readByQuery/readMore of GLACCOUNT (reference 4.9); shared builder in anyObject/objectOperations.ts. */
export const { description, execute } = getAllOperation(glAccountSpec);
