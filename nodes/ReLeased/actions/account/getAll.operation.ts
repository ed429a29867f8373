import { getAllOperation } from '../../generic/operations';
import { accountFilters } from './fields';

/** Account > Get Many. */
export const { description, execute } = getAllOperation('account', accountFilters);
