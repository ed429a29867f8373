import { actionOperation } from '../common';

/** Account > Archive. */
export const { description, execute } = actionOperation('account', 'Account', 'archive');
