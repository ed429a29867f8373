import { getManyOperation } from '../common';
import { plan, planFilters } from './spec';

export const { description, execute } = getManyOperation(plan, planFilters);
