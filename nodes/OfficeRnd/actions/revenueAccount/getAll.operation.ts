import { getManyOperation } from '../../generic/operations';
import { revenueAccount, revenueAccountFilters } from './spec';

export const { description, execute } = getManyOperation(revenueAccount, revenueAccountFilters);
