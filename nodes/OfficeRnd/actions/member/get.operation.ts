import { getOperation } from '../common';
import { member } from './spec';

export const { description, execute } = getOperation(member);
