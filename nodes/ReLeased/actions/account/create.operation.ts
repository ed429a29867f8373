import { createOperation } from '../../generic/operations';
import { accountSpec } from './fields';

/** Account > Create. */
export const { description, execute } = createOperation('account', accountSpec);
