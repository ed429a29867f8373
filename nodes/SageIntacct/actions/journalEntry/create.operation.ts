import { createOperation } from '../../generic/objectOperations';
import { journalEntrySpec } from './spec';

/** Journal Entry > Create: generic create of GLBATCH (reference 4.14); shared builder in anyObject/objectOperations.ts. */
export const { description, execute } = createOperation(journalEntrySpec);
