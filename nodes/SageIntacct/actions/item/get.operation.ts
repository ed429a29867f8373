import { getOperation } from '../../generic/objectOperations';
import { itemSpec } from './spec';

/** Item > Get: generic read/readByName of ITEM (reference 4.13); shared builder in anyObject/objectOperations.ts. */
export const { description, execute } = getOperation(itemSpec);
