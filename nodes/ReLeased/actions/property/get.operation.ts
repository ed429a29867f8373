import { getOperation } from '../../generic/operations';

/** Property > Get. */
export const { description, execute } = getOperation('property', 'Property');
