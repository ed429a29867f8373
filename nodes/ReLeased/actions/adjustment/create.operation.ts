import { createOperation } from '../common';
import { adjustmentSpec } from './fields';

/** Adjustment > Create. */
export const { description, execute } = createOperation('adjustment', adjustmentSpec);
