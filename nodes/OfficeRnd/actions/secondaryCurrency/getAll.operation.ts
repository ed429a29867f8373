import { getManyOperation } from '../../generic/operations';
import { secondaryCurrency, secondaryCurrencyFilters } from './spec';

export const { description, execute } = getManyOperation(secondaryCurrency, secondaryCurrencyFilters);
