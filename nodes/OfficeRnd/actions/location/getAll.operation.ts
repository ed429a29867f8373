import { getManyOperation } from '../common';
import { location, locationFilters } from './spec';

export const { description, execute } = getManyOperation(location, locationFilters);
