import { getAllOperation } from '../../generic/operations';
import { paymentFilters } from './fields';

/** Payment > Get Many. */
export const { description, execute } = getAllOperation('payment', paymentFilters);
