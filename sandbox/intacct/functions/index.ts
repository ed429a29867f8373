import { getAPISession } from './getAPISession';
import { readByQuery, readMore } from './readByQuery';
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
};
