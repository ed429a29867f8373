import { updateOperation } from '../common';
import { company, companyFields } from './spec';

export const { description, execute } = updateOperation(company, companyFields);
