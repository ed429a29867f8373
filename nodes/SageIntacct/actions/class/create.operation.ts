import { createOperation } from '../../generic/objectOperations';
import { classSpec } from './spec';

/** Class > Create: generic create of CLASS (reference 4.11); shared builder in anyObject/objectOperations.ts. */
export const { description, execute } = createOperation(classSpec);
