import { getManyOperation } from '../../generic/operations';
import { member, memberFilters } from './spec';

export const { description, execute } = getManyOperation(member, memberFilters);
