import { getOperation } from '../common';
import { fee } from './spec';

export const { description, execute } = getOperation(fee);
