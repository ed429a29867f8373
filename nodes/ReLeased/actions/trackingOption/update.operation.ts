import { updateOperation } from '../../generic/operations';
import { trackingOptionSpec } from './fields';

/** Tracking Option > Update. */
export const { description, execute } = updateOperation('trackingOption', trackingOptionSpec);
