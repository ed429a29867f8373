import { createOperation } from '../../generic/operations';
import { paymentSpec } from './fields';

/** Payment > Create. */
export const { description, execute } = createOperation('payment', paymentSpec);
