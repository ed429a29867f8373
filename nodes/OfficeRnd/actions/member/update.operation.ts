import { updateOperation } from '../common';
import { member, memberFields } from './spec';

export const { description, execute } = updateOperation(member, memberFields);
