import { updateOperation } from '../../generic/operations';
import { fee, feeFields } from './spec';

export const { description, execute } = updateOperation(fee, feeFields);
