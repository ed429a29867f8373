import { getOperation } from '../../generic/operations';

/** Payment > Get. */
export const { description, execute } = getOperation('payment', 'Payment');
