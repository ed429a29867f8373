import { createOperation } from '../common';
import { member, memberFields } from './spec';

export const { description, execute } = createOperation(member, memberFields);
