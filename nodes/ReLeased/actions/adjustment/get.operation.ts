import { getOperation } from '../common';

/** Adjustment > Get. */
export const { description, execute } = getOperation('adjustment', 'Adjustment');
