import { updateOperation } from '../../generic/operations';
import { invoiceSpec } from '../../generic/documents';

/** Invoice > Update. */
export const { description, execute } = updateOperation('invoice', invoiceSpec);
