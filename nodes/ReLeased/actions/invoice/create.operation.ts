import { createOperation } from '../common';
import { invoiceSpec } from './fields';

/** Invoice > Create. */
export const { description, execute } = createOperation('invoice', invoiceSpec);
