import { getAllOperation } from '../common';
import { adjustmentFilters } from './fields';

/** Adjustment > Get Many. */
export const { description, execute } = getAllOperation('adjustment', adjustmentFilters);
