import { getOperation } from '../common';
import { taxRate } from './spec';

export const { description, execute } = getOperation(taxRate);
