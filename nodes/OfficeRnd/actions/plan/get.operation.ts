import { getOperation } from '../common';
import { plan } from './spec';

export const { description, execute } = getOperation(plan);
