import { actionOperation } from '../../generic/operations';

/** Account > Archive. */
export const { description, execute } = actionOperation('account', 'Account', 'archive');
