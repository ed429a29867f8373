import { getOperation } from '../common';

/** Payment > Get. */
export const { description, execute } = getOperation('payment', 'Payment');
