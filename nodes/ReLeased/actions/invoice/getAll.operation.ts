import { getAllOperation } from '../../generic/operations';
import { documentFilters } from '../../generic/documents';

/** Invoice > Get Many. */
export const { description, execute } = getAllOperation('invoice', documentFilters);
