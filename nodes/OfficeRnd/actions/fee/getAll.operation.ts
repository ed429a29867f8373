import { getManyOperation } from '../common';
import { fee, feeFilters } from './spec';

export const { description, execute } = getManyOperation(fee, feeFilters);
