import { updateOperation } from '../../generic/operations';
import { invoiceSpec } from './fields';

/** Invoice > Update. */
export const { description, execute } = updateOperation('invoice', invoiceSpec);
