import { updateOperation } from '../common';
import { accountSpec } from './fields';

/** Account > Update. */
export const { description, execute } = updateOperation('account', accountSpec);
