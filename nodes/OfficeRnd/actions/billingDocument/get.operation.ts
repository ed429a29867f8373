import { getOperation } from '../../generic/operations';
import { billingDocument } from './spec';

export const { description, execute } = getOperation(billingDocument);
