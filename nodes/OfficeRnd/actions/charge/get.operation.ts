import { getOperation } from '../common';
import { charge } from './spec';

export const { description, execute } = getOperation(charge);
