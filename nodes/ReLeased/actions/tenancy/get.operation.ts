import { getOperation } from '../common';

/** Tenancy > Get. */
export const { description, execute } = getOperation('tenancy', 'Tenancy');
