import { createOperation } from '../../generic/objectOperations';
import { projectSpec } from './spec';

/** Project > Create: generic create of PROJECT (reference 4.11); shared builder in anyObject/objectOperations.ts. */
export const { description, execute } = createOperation(projectSpec);
