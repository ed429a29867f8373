import { create_apadjustment, delete_apadjustment } from './apAdjustment';
import { create_aradjustment, delete_aradjustment, update_aradjustment } from './arAdjustment';
import { withReceivablesDelete, withReceivablesLines } from './arGeneric';
import { create_invoice, delete_invoice, retrievepdf, reverse_invoice, update_invoice } from './arInvoice';
import { reverse_arpayment } from './arPayment';
import { create, deleteFn, read, readByName, update } from './generic';
import { getAPISession } from './getAPISession';
import { create_arterm, update_arterm } from './arTerm';
import { getDimensions, lookup, query } from './queryFn';
import { readByQuery, readMore } from './readByQuery';
import './refSpecs'; // registers what generic create/update accept for parties, reference data, AP and GL
import { create_sotransaction } from './soTransaction';
import type { IntacctFunctionHandler } from './types';

export type { IntacctFunctionHandler, IntacctFunctionContext, IntacctFunctionResult, ControlBlock } from './types';

/**
 * Function registry: function element name → handler. Adding a function (create, update, query,
 * create_invoice, ...) = one file in this folder + one line here.
 */
export const INTACCT_FUNCTIONS: Readonly<Record<string, IntacctFunctionHandler>> = {
	getAPISession,
	readByQuery,
	readMore,
	// Generic CRUD (generic.ts); receivables objects plug in through arGeneric.ts.
	create,
	update,
	delete: withReceivablesDelete(deleteFn),
	read: withReceivablesLines(read),
	readByName: withReceivablesLines(readByName),
	query,
	lookup,
	getDimensions,
	// AR terms: legacy only (arTerm.ts).
	create_arterm,
	update_arterm,
	// Receivables legacy functions (notes §4.3-4.5, §4.12).
	create_invoice,
	update_invoice,
	reverse_invoice,
	delete_invoice,
	retrievepdf,
	create_aradjustment,
	update_aradjustment,
	delete_aradjustment,
	reverse_arpayment,
	// AP adjustments (apAdjustment.ts; rules ASSUMED by analogy with AR).
	create_apadjustment,
	delete_apadjustment,
	create_sotransaction,
};
