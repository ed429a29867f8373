import { updateOperation } from '../common';
import { invoiceSpec } from './fields';

/** Invoice > Update. */
export const { description, execute } = updateOperation('invoice', invoiceSpec);
