import { getAllOperation } from '../common';
import { paymentFilters } from './fields';

/** Payment > Get Many. */
export const { description, execute } = getAllOperation('payment', paymentFilters);
