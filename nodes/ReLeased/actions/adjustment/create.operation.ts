import { createOperation } from '../../generic/operations';
import { adjustmentSpec } from './fields';

/** Adjustment > Create. */
export const { description, execute } = createOperation('adjustment', adjustmentSpec);
