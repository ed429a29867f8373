import { createOperation } from '../../generic/operations';
import { taxTypeSpec } from './fields';

/** Tax Type > Create. */
export const { description, execute } = createOperation('taxType', taxTypeSpec);
