import { getManyOperation } from '../common';
import { secondaryCurrency, secondaryCurrencyFilters } from './spec';

export const { description, execute } = getManyOperation(secondaryCurrency, secondaryCurrencyFilters);
