import { SyncError } from '../../shared/errors';
import { INVALID_SESSION_PATTERN } from './assumptions';
import type { IntacctErrorDetail } from './response';

export type IntacctErrorLevel = 'control' | 'authentication' | 'function' | 'http';

/** Fixes a user can act on, keyed by Intacct's errorno or a phrase in its text. */
const HINTS: Array<{ test: (e: IntacctErrorDetail) => boolean; hint: string }> = [
	{
		test: (e) => e.errorno === 'XL03000006' && /not authorized/i.test(`${e.description} ${e.description2}`),
		hint: 'Authorise the sender ID in the company: Company > Setup > Security > Web Services authorizations, add the sender ID, then save.',
	},
	{
		test: (e) => /sign-?in information is incorrect/i.test(`${e.description} ${e.description2}`),
		hint: 'Check the user ID, company ID and user password of a Web Services user (Company > Admin > Web Services users), and the sender ID and sender password.',
	},
	{
		test: (e) => e.errorno === 'GW-0010' || /rate limit/i.test(`${e.description} ${e.description2}`),
		hint: 'Sage Intacct is throttling this company: lower "Max Concurrent Requests" or retry later.',
	},
];

export function hintFor(errors: IntacctErrorDetail[]): string | undefined {
	for (const e of errors) {
		const found = HINTS.find((h) => h.test(e));
		if (found) return found.hint;
	}
	return undefined;
}

/** One readable line per Intacct error, as Sage sends them (HTML tags stripped). */
export function describeErrors(errors: IntacctErrorDetail[]): string {
	return errors
		.map((e) =>
			[e.errorno, e.description, e.description2, e.correction]
				.map((s) => s.replace(/<[^>]*>/g, '').trim())
				.filter(Boolean)
				.join(' | '),
		)
		.join('; ');
}

/** Transport-level error: carries Intacct's own fields so callers can route on errorno. */
export class IntacctError extends SyncError {
	readonly errorno: string;
	/**
	 * The request may have been processed though no usable answer came (lost, cut, 5xx, unreadable):
	 * a write with this error has an unknown outcome and must be confirmed, never blindly re-sent.
	 */
	maybeProcessed = false;
	/** The request was never sent (writing had stopped). */
	notSent = false;
	constructor(
		readonly level: IntacctErrorLevel,
		readonly errors: IntacctErrorDetail[],
		httpStatus?: number,
	) {
		const main = errors[0];
		const hint = hintFor(errors);
		super(
			`Sage Intacct ${level} error${main?.errorno ? ` ${main.errorno}` : ''}: ${(
				main?.description2 ||
				main?.description ||
				'no description'
			)
				.replace(/<[^>]*>/g, '')
				.trim()}`,
			'sageIntacct',
			main?.errorno ?? '',
			[describeErrors(errors), hint ? `How to fix: ${hint}` : ''].filter(Boolean).join('\n'),
			httpStatus,
		);
		this.name = 'IntacctError';
		this.errorno = main?.errorno ?? '';
	}

	/** Session expired or invalid: a fresh session is worth one more try. */
	get isInvalidSession(): boolean {
		return (
			this.level === 'authentication' &&
			this.errors.some((e) => INVALID_SESSION_PATTERN.test(`${e.description} ${e.description2}`))
		);
	}

	get isThrottled(): boolean {
		return this.httpStatus === 429 || this.errors.some((e) => e.errorno === 'GW-0010');
	}
}
