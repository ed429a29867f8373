import { getOperation } from '../common';
import { company } from './spec';

export const { description, execute } = getOperation(company);
