import { deleteOperation } from '../common';
import { fee } from './spec';

export const { description, execute } = deleteOperation(fee);
