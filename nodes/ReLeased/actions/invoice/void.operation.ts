import { actionOperation } from '../common';

/** Invoice > Void. */
export const { description, execute } = actionOperation('invoice', 'Invoice', 'void');
