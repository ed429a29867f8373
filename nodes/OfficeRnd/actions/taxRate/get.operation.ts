import { getOperation } from '../../generic/operations';
import { taxRate } from './spec';

export const { description, execute } = getOperation(taxRate);
