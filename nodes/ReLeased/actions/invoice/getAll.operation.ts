import { getAllOperation } from '../common';
import { documentFilters } from './fields';

/** Invoice > Get Many. */
export const { description, execute } = getAllOperation('invoice', documentFilters);
