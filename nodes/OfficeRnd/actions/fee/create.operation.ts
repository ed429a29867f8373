import { createOperation } from '../../generic/operations';
import { fee, feeFields } from './spec';

export const { description, execute } = createOperation(fee, feeFields);
