import { updateOperation } from '../../generic/operations';
import { taxTypeSpec } from './fields';

/** Tax Type > Update. */
export const { description, execute } = updateOperation('taxType', taxTypeSpec);
