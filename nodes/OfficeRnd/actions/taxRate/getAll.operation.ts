import { getManyOperation } from '../../generic/operations';
import { taxRate, taxRateFilters } from './spec';

export const { description, execute } = getManyOperation(taxRate, taxRateFilters);
