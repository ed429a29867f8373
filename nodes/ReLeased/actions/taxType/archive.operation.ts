import { actionOperation } from '../common';

/** Tax Type > Archive. */
export const { description, execute } = actionOperation('taxType', 'Tax Type', 'archive');
