import { getOperation } from '../../generic/operations';

/** Adjustment > Get. */
export const { description, execute } = getOperation('adjustment', 'Adjustment');
