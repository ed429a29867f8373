import { getAllOperation } from '../../generic/operations';
import { trackingOptionFilters } from './fields';

/** Tracking Option > Get Many. */
export const { description, execute } = getAllOperation('trackingOption', trackingOptionFilters);
