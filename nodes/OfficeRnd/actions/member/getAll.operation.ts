import { getManyOperation } from '../common';
import { member, memberFilters } from './spec';

export const { description, execute } = getManyOperation(member, memberFilters);
