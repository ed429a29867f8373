import { getOperation } from '../../generic/operations';
import { fee } from './spec';

export const { description, execute } = getOperation(fee);
