import { getOperation } from '../common';

/** Contact > Get. */
export const { description, execute } = getOperation('contact', 'Contact');
