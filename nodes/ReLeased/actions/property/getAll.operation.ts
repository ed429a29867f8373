import { getAllOperation } from '../../generic/operations';
import { propertyFilters } from './fields';

/** Property > Get Many. */
export const { description, execute } = getAllOperation('property', propertyFilters);
