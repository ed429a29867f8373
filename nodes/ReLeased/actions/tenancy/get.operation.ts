import { getOperation } from '../../generic/operations';

/** Tenancy > Get. */
export const { description, execute } = getOperation('tenancy', 'Tenancy');
