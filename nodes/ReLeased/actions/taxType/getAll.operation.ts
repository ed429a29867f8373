import { getAllOperation } from '../../generic/operations';
import { taxTypeFilters } from './fields';

/** Tax Type > Get Many. */
export const { description, execute } = getAllOperation('taxType', taxTypeFilters);
