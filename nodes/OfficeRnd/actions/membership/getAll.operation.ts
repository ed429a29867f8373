import { getManyOperation } from '../../generic/operations';
import { membership, membershipFilters } from './spec';

export const { description, execute } = getManyOperation(membership, membershipFilters);
