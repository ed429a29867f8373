import { updateOperation } from '../../generic/operations';
import { company, companyFields } from './spec';

export const { description, execute } = updateOperation(company, companyFields);
