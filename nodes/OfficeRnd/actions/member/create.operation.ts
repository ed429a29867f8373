import { createOperation } from '../../generic/operations';
import { member, memberFields } from './spec';

export const { description, execute } = createOperation(member, memberFields);
