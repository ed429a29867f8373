import { getOperation } from '../common';

/** Property > Get. */
export const { description, execute } = getOperation('property', 'Property');
