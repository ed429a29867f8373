import { getOperation } from '../../generic/operations';
import { revenueAccount } from './spec';

export const { description, execute } = getOperation(revenueAccount);
