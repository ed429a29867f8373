import { getManyOperation } from '../common';
import { revenueAccount, revenueAccountFilters } from './spec';

export const { description, execute } = getManyOperation(revenueAccount, revenueAccountFilters);
