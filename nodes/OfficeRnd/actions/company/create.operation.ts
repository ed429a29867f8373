import { createOperation } from '../../generic/operations';
import { company, companyFields } from './spec';

export const { description, execute } = createOperation(company, companyFields);
