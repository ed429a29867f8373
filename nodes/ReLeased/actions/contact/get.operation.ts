import { getOperation } from '../../generic/operations';

/** Contact > Get. */
export const { description, execute } = getOperation('contact', 'Contact');
