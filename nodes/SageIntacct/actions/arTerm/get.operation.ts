import { getOperation } from '../../generic/objectOperations';
import { arTermSpec } from './spec';

/** AR Term > Get: generic read/readByName of ARTERM (reference 3.2); shared builder in anyObject/objectOperations.ts. */
export const { description, execute } = getOperation(arTermSpec);
