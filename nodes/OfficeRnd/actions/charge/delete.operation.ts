import { deleteOperation } from '../common';
import { charge } from './spec';

export const { description, execute } = deleteOperation(charge);
