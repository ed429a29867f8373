import { getManyOperation } from '../../generic/operations';
import { company, companyFilters } from './spec';

export const { description, execute } = getManyOperation(company, companyFilters);
