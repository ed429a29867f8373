import { getAllOperation } from '../../generic/operations';
import { contactFilters } from './fields';

/** Contact > Get Many. */
export const { description, execute } = getAllOperation('contact', contactFilters);
