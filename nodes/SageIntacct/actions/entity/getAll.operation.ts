import { getAllOperation } from '../../generic/objectOperations';
import { entitySpec } from './spec';

/** Entity > Get Many: generic readByQuery/readMore of LOCATIONENTITY (reference 1.7); shared builder in anyObject/objectOperations.ts. */
export const { description, execute } = getAllOperation(entitySpec);
