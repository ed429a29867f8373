import { updateOperation } from '../common';
import { fee, feeFields } from './spec';

export const { description, execute } = updateOperation(fee, feeFields);
