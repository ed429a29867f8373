import { getAllOperation } from '../../generic/objectOperations';
import { journalEntrySpec } from './spec';

/** Journal Entry > Get Many: generic readByQuery/readMore of GLBATCH (reference 4.14); shared builder in anyObject/objectOperations.ts. */
export const { description, execute } = getAllOperation(journalEntrySpec);
