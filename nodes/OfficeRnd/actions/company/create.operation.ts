import { createOperation } from '../common';
import { company, companyFields } from './spec';

export const { description, execute } = createOperation(company, companyFields);
