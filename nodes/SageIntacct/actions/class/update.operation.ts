import { updateOperation } from '../../generic/objectOperations';
import { classSpec } from './spec';

/** Class > Update: generic update of CLASS (reference 4.11); shared builder in anyObject/objectOperations.ts. */
export const { description, execute } = updateOperation(classSpec);
