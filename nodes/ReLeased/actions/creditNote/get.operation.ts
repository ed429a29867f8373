import { getOperation } from '../common';

/** Credit Note > Get. */
export const { description, execute } = getOperation('creditNote', 'Credit Note');
