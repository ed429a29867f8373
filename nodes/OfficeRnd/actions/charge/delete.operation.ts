import { deleteOperation } from '../../generic/operations';
import { charge } from './spec';

export const { description, execute } = deleteOperation(charge);
