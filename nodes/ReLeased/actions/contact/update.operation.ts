import { updateOperation } from '../../generic/operations';
import { contactSpec } from './fields';

/** Contact > Update. */
export const { description, execute } = updateOperation('contact', contactSpec);
