import { getAllOperation } from '../../generic/objectOperations';
import { classSpec } from './spec';

/** Class > Get Many: generic readByQuery/readMore of CLASS (reference 4.11); shared builder in anyObject/objectOperations.ts. */
export const { description, execute } = getAllOperation(classSpec);
