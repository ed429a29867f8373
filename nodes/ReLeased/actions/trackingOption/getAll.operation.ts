import { getAllOperation } from '../common';
import { trackingOptionFilters } from './fields';

/** Tracking Option > Get Many. */
export const { description, execute } = getAllOperation('trackingOption', trackingOptionFilters);
