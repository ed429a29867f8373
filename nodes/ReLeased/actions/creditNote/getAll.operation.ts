import { getAllOperation } from '../../generic/operations';
import { creditNoteFilters } from './fields';

/** Credit Note > Get Many. */
export const { description, execute } = getAllOperation('creditNote', creditNoteFilters);
