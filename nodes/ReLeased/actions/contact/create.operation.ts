import { createOperation } from '../../generic/operations';
import { contactSpec } from './fields';

/** Contact > Create. */
export const { description, execute } = createOperation('contact', contactSpec);
