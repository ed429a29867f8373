import { getOperation } from '../../generic/objectOperations';
import { journalEntrySpec } from './spec';

/** Journal Entry > Get: generic read/readByName of GLBATCH (reference 4.14); shared builder in anyObject/objectOperations.ts. */
export const { description, execute } = getOperation(journalEntrySpec);
