import { getAllOperation } from '../../generic/objectOperations';
import { projectSpec } from './spec';

/** Project > Get Many: generic readByQuery/readMore of PROJECT (reference 4.11); shared builder in anyObject/objectOperations.ts. */
export const { description, execute } = getAllOperation(projectSpec);
