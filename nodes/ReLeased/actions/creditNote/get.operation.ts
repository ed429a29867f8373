import { getOperation } from '../../generic/operations';

/** Credit Note > Get. */
export const { description, execute } = getOperation('creditNote', 'Credit Note');
