import { getManyOperation } from '../../generic/operations';
import { location, locationFilters } from './spec';

export const { description, execute } = getManyOperation(location, locationFilters);
