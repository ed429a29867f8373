import { getOperation } from '../../generic/operations';
import { secondaryCurrency } from './spec';

export const { description, execute } = getOperation(secondaryCurrency);
