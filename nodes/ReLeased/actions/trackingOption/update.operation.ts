import { updateOperation } from '../common';
import { trackingOptionSpec } from './fields';

/** Tracking Option > Update. */
export const { description, execute } = updateOperation('trackingOption', trackingOptionSpec);
