import { getOperation } from '../../generic/operations';

/** Invoice > Get. */
export const { description, execute } = getOperation('invoice', 'Invoice');
