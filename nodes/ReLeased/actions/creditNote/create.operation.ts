import { createOperation } from '../../generic/operations';
import { creditNoteSpec } from './fields';

/** Credit Note > Create. */
export const { description, execute } = createOperation('creditNote', creditNoteSpec);
