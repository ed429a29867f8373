import { getManyOperation } from '../../generic/operations';
import { charge, chargeFilters } from './spec';

export const { description, execute } = getManyOperation(charge, chargeFilters);
