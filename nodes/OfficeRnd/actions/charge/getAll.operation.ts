import { getManyOperation } from '../common';
import { charge, chargeFilters } from './spec';

export const { description, execute } = getManyOperation(charge, chargeFilters);
