import { getOperation } from '../../generic/operations';
import { location } from './spec';

export const { description, execute } = getOperation(location);
