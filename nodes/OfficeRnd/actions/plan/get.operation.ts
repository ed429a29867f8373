import { getOperation } from '../../generic/operations';
import { plan } from './spec';

export const { description, execute } = getOperation(plan);
