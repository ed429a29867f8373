import { getOperation } from '../common';
import { billingDocument } from './spec';

export const { description, execute } = getOperation(billingDocument);
