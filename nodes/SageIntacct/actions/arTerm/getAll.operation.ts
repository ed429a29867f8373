import { getAllOperation } from '../../generic/objectOperations';
import { arTermSpec } from './spec';

/** AR Term > Get Many: generic readByQuery/readMore of ARTERM (reference 3.2); shared builder in anyObject/objectOperations.ts. */
export const { description, execute } = getAllOperation(arTermSpec);
