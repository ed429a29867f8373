import { getOperation } from '../../generic/operations';
import { membership } from './spec';

export const { description, execute } = getOperation(membership);
