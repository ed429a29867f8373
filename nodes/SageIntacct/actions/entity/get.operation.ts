import { getOperation } from '../../generic/objectOperations';
import { entitySpec } from './spec';

/** Entity > Get: generic read/readByName of LOCATIONENTITY (reference 1.7); shared builder in anyObject/objectOperations.ts. */
export const { description, execute } = getOperation(entitySpec);
