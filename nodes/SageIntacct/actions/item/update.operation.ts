import { updateOperation } from '../../generic/objectOperations';
import { itemSpec } from './spec';

/** Item > Update: generic update of ITEM (reference 4.13); shared builder in anyObject/objectOperations.ts. */
export const { description, execute } = updateOperation(itemSpec);
