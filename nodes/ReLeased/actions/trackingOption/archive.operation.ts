import { actionOperation } from '../common';

/** Tracking Option > Archive. */
export const { description, execute } = actionOperation('trackingOption', 'Tracking Option', 'archive');
