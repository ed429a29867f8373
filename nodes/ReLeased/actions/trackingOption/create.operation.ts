import { createOperation } from '../../generic/operations';
import { trackingOptionSpec } from './fields';

/** Tracking Option > Create. */
export const { description, execute } = createOperation('trackingOption', trackingOptionSpec);
