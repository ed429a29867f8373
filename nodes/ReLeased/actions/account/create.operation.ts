import { createOperation } from '../common';
import { accountSpec } from './fields';

/** Account > Create. */
export const { description, execute } = createOperation('account', accountSpec);
