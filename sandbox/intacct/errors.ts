import { x, type XNode } from './xml';

/** One `errormessage/error` entry (notes §2.3). */
export interface IntacctErrorEntry {
	errorno: string;
	description?: string;
	description2?: string;
	correction?: string;
}

/** Thrown by function handlers; becomes a `result` with status failure. */
export class IntacctError extends Error {
	readonly errors: IntacctErrorEntry[];
	constructor(...errors: IntacctErrorEntry[]) {
		super(errors.map((e) => `${e.errorno} ${e.description2 ?? e.description ?? ''}`).join('; '));
		this.errors = errors;
	}
}

export function errorMessageNode(errors: IntacctErrorEntry[]): XNode {
	return x(
		'errormessage',
		errors.map((e) =>
			x('error', [
				x('errorno', e.errorno),
				x('description', e.description ?? ''),
				x('description2', e.description2 ?? ''),
				x('correction', e.correction ?? ''),
			]),
		),
	);
}

/** Error catalogue. Faithful entries cite the notes; the rest are marked ASSUMED. */
export const ERR = {
	/** Notes §2.4 (SI-4): XML parse or schema error, control level. */
	xmlParse: (detail: string): IntacctErrorEntry => ({
		errorno: 'XL03000003',
		description: 'XML Parse error',
		// ASSUMED: wording of description/description2 (notes only say "with line and column").
		description2: detail,
		correction: '',
	}),
	/** Notes §2.4 (C-1 test/OnlineClientTest.ts): bad sender credentials, control level. */
	senderSignIn: (): IntacctErrorEntry => ({
		errorno: 'XMLGW_JPP0002',
		description: 'Sign-in information is incorrect. Please check your request.',
		description2: '',
		correction: '',
	}),
	/** Notes §2.4 (SI-9): sender not authorised for the company, authentication level. */
	senderNotAuthorized: (senderid: string, companyid: string): IntacctErrorEntry => ({
		errorno: 'XL03000006',
		description: '',
		description2: `Invalid Web Services Authorization: the sender ID '${senderid}' is not authorized to make Web Services requests to company ID '${companyid}'.`,
		correction: 'Contact the company administrator to grant Web Services authorization to this sender ID.',
	}),
	/** Notes §2.4 (C-1 fixtures): wrong user, company or password, authentication level. */
	userSignIn: (): IntacctErrorEntry => ({
		errorno: 'XL03000006',
		description: '',
		description2: 'Sign-in information is incorrect',
		correction: '',
	}),
	/**
	 * ASSUMED: exact errorno/text for an unknown or expired session, and for a session sent to another
	 * endpoint than the one getAPISession returned, are not in the notes.
	 */
	invalidSession: (endpoint?: string): IntacctErrorEntry => ({
		errorno: 'XL03000006',
		description: '',
		description2: 'Invalid session',
		correction: endpoint
			? `This session belongs to the endpoint getAPISession returned (${endpoint}): send session requests there.`
			: 'Request a new session with getAPISession.',
	}),
	/** Notes §2.4 (SI-4): GW-0010 rate limit, HTTP 429, control level. */
	rateLimited: (): IntacctErrorEntry => ({
		errorno: 'GW-0010',
		// ASSUMED: wording. "API rate limit exceeded" is the string fylein's SDK looks for (notes C-4).
		description: 'API rate limit exceeded',
		description2: 'Too many concurrent or recent requests for this company. Back off and retry.',
		correction: 'Retry the request later.',
	}),
	/** Notes §2.4 (C-1, C-2 fixtures): companion error under transaction="true". */
	rolledBack: (): IntacctErrorEntry => ({
		errorno: 'XL03000009',
		description: '',
		description2: 'The entire transaction in this operation has been rolled back due to an error.',
		correction: '',
	}),
	/** ASSUMED: Intacct's errorno for an impossible date or an unknown currency is not in the notes. */
	invalidValue: (field: string, value: string, description2: string, correction: string): IntacctErrorEntry => ({
		errorno: 'SANDBOX-INVALID-VALUE',
		description: `Invalid value for ${field}`,
		description2: `${field}: '${value}' ${description2}`,
		correction,
	}),
	/** ASSUMED: sandbox-specific code; what Intacct answers for an unknown function is not in the notes. */
	unknownFunction: (name: string): IntacctErrorEntry => ({
		errorno: 'SANDBOX-UNSUPPORTED-FUNCTION',
		description: `Unknown or unsupported function '${name}'.`,
		description2: `The sandbox Intacct gateway does not implement the function '${name}'.`,
		correction: 'Use a supported function (see sandbox/README.md).',
	}),
	/** ASSUMED: sandbox-specific code for a request the sandbox cannot answer (bad arguments). */
	invalidArgument: (description2: string, correction = ''): IntacctErrorEntry => ({
		errorno: 'SANDBOX-INVALID-REQUEST',
		description: 'Invalid request',
		description2,
		correction,
	}),
} as const;
