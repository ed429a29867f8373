import { getOperation } from '../common';

/** Invoice > Get. */
export const { description, execute } = getOperation('invoice', 'Invoice');
