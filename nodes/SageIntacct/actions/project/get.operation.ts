import { getOperation } from '../../generic/objectOperations';
import { projectSpec } from './spec';

/** Project > Get: generic read/readByName of PROJECT (reference 4.11); shared builder in anyObject/objectOperations.ts. */
export const { description, execute } = getOperation(projectSpec);
