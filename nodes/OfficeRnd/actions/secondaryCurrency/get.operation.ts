import { getOperation } from '../common';
import { secondaryCurrency } from './spec';

export const { description, execute } = getOperation(secondaryCurrency);
