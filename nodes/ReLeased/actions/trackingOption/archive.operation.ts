import { actionOperation } from '../../generic/operations';

/** Tracking Option > Archive. */
export const { description, execute } = actionOperation('trackingOption', 'Tracking Option', 'archive');
