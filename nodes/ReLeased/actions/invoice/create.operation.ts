import { createOperation } from '../../generic/operations';
import { invoiceSpec } from '../../generic/documents';

/** Invoice > Create. */
export const { description, execute } = createOperation('invoice', invoiceSpec);
