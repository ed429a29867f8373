import { getAllOperation } from '../../generic/operations';
import { tenancyFilters } from './fields';

/** Tenancy > Get Many. */
export const { description, execute } = getAllOperation('tenancy', tenancyFilters);
