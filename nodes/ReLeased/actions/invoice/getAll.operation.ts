import { getAllOperation } from '../../generic/operations';
import { documentFilters } from './fields';

/** Invoice > Get Many. */
export const { description, execute } = getAllOperation('invoice', documentFilters);
