import { actionOperation } from '../../generic/operations';

/** Tax Type > Archive. */
export const { description, execute } = actionOperation('taxType', 'Tax Type', 'archive');
