import { deleteOperation } from '../../generic/operations';
import { fee } from './spec';

export const { description, execute } = deleteOperation(fee);
