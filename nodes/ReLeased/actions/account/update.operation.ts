import { updateOperation } from '../../generic/operations';
import { accountSpec } from './fields';

/** Account > Update. */
export const { description, execute } = updateOperation('account', accountSpec);
