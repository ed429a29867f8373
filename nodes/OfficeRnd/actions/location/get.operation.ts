import { getOperation } from '../common';
import { location } from './spec';

export const { description, execute } = getOperation(location);
