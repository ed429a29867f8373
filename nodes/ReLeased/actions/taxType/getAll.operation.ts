import { getAllOperation } from '../common';
import { taxTypeFilters } from './fields';

/** Tax Type > Get Many. */
export const { description, execute } = getAllOperation('taxType', taxTypeFilters);
