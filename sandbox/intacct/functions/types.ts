import type { SystemContext } from '../../core/types';
import type { IntacctIdentity, IntacctRuntime } from '../runtime';
import type { XmlValue, XNode } from '../xml';

export interface ControlBlock {
	senderid: string;
	controlid: string;
	/** As sent ('true'/'false'); echoed in the response. */
	uniqueid: string;
	dtdversion: string;
	includewhitespace: boolean;
}

export interface IntacctFunctionContext {
	sys: SystemContext;
	runtime: IntacctRuntime;
	identity: IntacctIdentity;
	control: ControlBlock;
	/** The `controlid` attribute of this `<function>`. */
	functionControlId: string;
	functionName: string;
	/** operation transaction="true" */
	transaction: boolean;
	nowMs: number;
}

/** What a function returns on success; failures throw IntacctError. */
export interface IntacctFunctionResult {
	/** The `<data>` element, if any. */
	data?: XNode;
	/** Legacy functions may return a `<key>` (notes §2.2). */
	key?: string;
}

/**
 * A function handler: gets the parsed child element of `<function>` (e.g. the `<readByQuery>` element,
 * '' when empty) and returns the result. Must throw IntacctError for Intacct-style failures.
 */
export type IntacctFunctionHandler = (
	ctx: IntacctFunctionContext,
	element: XmlValue,
) => IntacctFunctionResult | Promise<IntacctFunctionResult>;
