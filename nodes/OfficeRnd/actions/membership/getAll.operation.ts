import { getManyOperation } from '../common';
import { membership, membershipFilters } from './spec';

export const { description, execute } = getManyOperation(membership, membershipFilters);
