import { getOperation } from '../common';
import { revenueAccount } from './spec';

export const { description, execute } = getOperation(revenueAccount);
