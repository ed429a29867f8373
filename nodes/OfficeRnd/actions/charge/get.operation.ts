import { getOperation } from '../../generic/operations';
import { charge } from './spec';

export const { description, execute } = getOperation(charge);
