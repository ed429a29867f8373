import { getManyOperation } from '../../generic/operations';
import { plan, planFilters } from './spec';

export const { description, execute } = getManyOperation(plan, planFilters);
