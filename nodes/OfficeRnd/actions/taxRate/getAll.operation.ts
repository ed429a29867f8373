import { getManyOperation } from '../common';
import { taxRate, taxRateFilters } from './spec';

export const { description, execute } = getManyOperation(taxRate, taxRateFilters);
