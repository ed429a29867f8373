import { getManyOperation } from '../../generic/operations';
import { fee, feeFilters } from './spec';

export const { description, execute } = getManyOperation(fee, feeFilters);
