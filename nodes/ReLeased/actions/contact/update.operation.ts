import { updateOperation } from '../common';
import { contactSpec } from './fields';

/** Contact > Update. */
export const { description, execute } = updateOperation('contact', contactSpec);
