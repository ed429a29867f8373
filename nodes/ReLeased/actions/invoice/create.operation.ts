import { createOperation } from '../../generic/operations';
import { invoiceSpec } from './fields';

/** Invoice > Create. */
export const { description, execute } = createOperation('invoice', invoiceSpec);
