import { createOperation } from '../../generic/objectOperations';
import { itemSpec } from './spec';

/** Item > Create: generic create of ITEM (reference 4.13); shared builder in anyObject/objectOperations.ts. */
export const { description, execute } = createOperation(itemSpec);
