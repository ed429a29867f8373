import { getOperation } from '../../generic/objectOperations';
import { classSpec } from './spec';

/** Class > Get: generic read/readByName of CLASS (reference 4.11); shared builder in anyObject/objectOperations.ts. */
export const { description, execute } = getOperation(classSpec);
