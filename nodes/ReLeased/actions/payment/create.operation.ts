import { createOperation } from '../common';
import { paymentSpec } from './fields';

/** Payment > Create. */
export const { description, execute } = createOperation('payment', paymentSpec);
