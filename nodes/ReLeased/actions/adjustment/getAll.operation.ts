import { getAllOperation } from '../../generic/operations';
import { adjustmentFilters } from './fields';

/** Adjustment > Get Many. */
export const { description, execute } = getAllOperation('adjustment', adjustmentFilters);
