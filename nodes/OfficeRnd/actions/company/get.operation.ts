import { getOperation } from '../../generic/operations';
import { company } from './spec';

export const { description, execute } = getOperation(company);
