import { getAllOperation } from '../common';
import { tenancyFilters } from './fields';

/** Tenancy > Get Many. */
export const { description, execute } = getAllOperation('tenancy', tenancyFilters);
