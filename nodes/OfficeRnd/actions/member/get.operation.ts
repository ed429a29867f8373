import { getOperation } from '../../generic/operations';
import { member } from './spec';

export const { description, execute } = getOperation(member);
