import { updateOperation } from '../../generic/objectOperations';
import { projectSpec } from './spec';

/** Project > Update: generic update of PROJECT (reference 4.11); shared builder in anyObject/objectOperations.ts. */
export const { description, execute } = updateOperation(projectSpec);
