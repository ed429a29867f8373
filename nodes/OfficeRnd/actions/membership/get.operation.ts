import { getOperation } from '../common';
import { membership } from './spec';

export const { description, execute } = getOperation(membership);
