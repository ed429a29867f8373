import { getAllOperation } from '../common';
import { propertyFilters } from './fields';

/** Property > Get Many. */
export const { description, execute } = getAllOperation('property', propertyFilters);
