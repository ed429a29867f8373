import { getAllOperation } from '../../generic/objectOperations';
import { itemSpec } from './spec';

/** Item > Get Many: generic readByQuery/readMore of ITEM (reference 4.13); shared builder in anyObject/objectOperations.ts. */
export const { description, execute } = getAllOperation(itemSpec);
