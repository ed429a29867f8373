import { getManyOperation } from '../common';
import { company, companyFilters } from './spec';

export const { description, execute } = getManyOperation(company, companyFilters);
