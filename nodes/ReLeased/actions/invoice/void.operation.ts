import { actionOperation } from '../../generic/operations';

/** Invoice > Void. */
export const { description, execute } = actionOperation('invoice', 'Invoice', 'void');
