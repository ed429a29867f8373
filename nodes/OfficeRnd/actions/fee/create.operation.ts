import { createOperation } from '../common';
import { fee, feeFields } from './spec';

export const { description, execute } = createOperation(fee, feeFields);
