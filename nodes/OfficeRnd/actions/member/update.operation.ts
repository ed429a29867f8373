import { updateOperation } from '../../generic/operations';
import { member, memberFields } from './spec';

export const { description, execute } = updateOperation(member, memberFields);
