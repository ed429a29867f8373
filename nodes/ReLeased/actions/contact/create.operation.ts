import { createOperation } from '../common';
import { contactSpec } from './fields';

/** Contact > Create. */
export const { description, execute } = createOperation('contact', contactSpec);
