import { SyncError } from './errors';
import { NodeApiError } from 'n8n-workflow';
import { httpStatusOf, isNetworkError } from './retry';
import { isOutcomeUnknown, outcomeUnknown } from './writeOutcome';

/**
 * Creates whose answer may be lost. None of OfficeRnD, Scoro or Re-Leased offers an idempotency key,
 * so a create that got no clear answer (network error after sending, timeout, cut connection, 5xx,
 * which may come after the server committed) is confirmed by looking the record up by a natural or
 * external key, and sent again only when the look-up proves it absent. Without a key to look up, the
 * item is reported as "outcome unknown", never re-sent blindly.
 */

/** Marks an error that carries no answer from the system (the request may or may not have arrived). */
export function markNoAnswer<E extends object>(error: E): E {
	return Object.assign(error, { noAnswer: true });
}

/**
 * Whether a failed write may nevertheless have been committed. A definite answer under 500 (400, 404,
 * 409, a 429 whose retries ran out, an error envelope) means the system refused it; everything else
 * (5xx, 408, no answer at all) leaves the outcome open.
 */
export function isUncertainOutcome(error: unknown): boolean {
	if (isOutcomeUnknown(error)) return true;
	if ((error as { noAnswer?: unknown })?.noAnswer === true) return true;
	const status = httpStatusOf(error) ?? (error instanceof SyncError ? error.httpStatus : undefined);
	if (status !== undefined) return status >= 500 || status === 408;
	// A SyncError without a status was read from an answer body (the system spoke): a refusal.
	if (error instanceof SyncError) return false;
	if (isNetworkError(error)) return true;
	// n8n's request helper wraps a failure without an HTTP answer (reset, timeout, abort) in a
	// NodeApiError whose httpCode is the socket code, not a status.
	if (error instanceof NodeApiError || (error as { name?: unknown })?.name === 'NodeApiError') return true;
	const code = String(
		(error as { code?: unknown })?.code ?? (error as { cause?: { code?: unknown } })?.cause?.code ?? '',
	);
	if (/^(E[A-Z_]{3,}|UND_ERR)/.test(code)) return true;
	// Anything else (our own checks, a missing setting) was raised before a request left.
	return false;
}

export interface ConfirmedCreateOptions<T> {
	/** e.g. 'OfficeRnD' */
	system: string;
	/** Where the user should look when the outcome stays unknown, e.g. 'charges of invoice X with reference R'. */
	where: string;
	send: () => Promise<T>;
	/**
	 * The records a lost create could have made, found by its natural or external key (already
	 * filtered to exact matches). Undefined when the record has no key to look up.
	 */
	lookup?: () => Promise<T[]>;
	/** How many times the create may be sent in all (each re-send only after a look-up proved it absent). */
	maxSends?: number;
}

export interface ConfirmedCreateResult<T> {
	record: T;
	/** True when the record was found by the look-up after a lost answer rather than returned by the create. */
	confirmedByLookup: boolean;
	sends: number;
}

export async function confirmedCreate<T>(options: ConfirmedCreateOptions<T>): Promise<ConfirmedCreateResult<T>> {
	const maxSends = Math.max(1, options.maxSends ?? 2);
	let lastFailure: unknown;
	for (let sends = 1; sends <= maxSends; sends++) {
		try {
			return { record: await options.send(), confirmedByLookup: false, sends };
		} catch (error) {
			// The system's own refusal goes back unchanged: item loops shape it for n8n with the item index.
			// eslint-disable-next-line @n8n/community-nodes/require-node-api-error
			if (!isUncertainOutcome(error)) throw error;
			lastFailure = error;
		}
		if (!options.lookup) {
			// The answer's own text helps the user judge (e.g. OfficeRnD answers 500 for business rules).
			const said = (lastFailure as { message?: unknown })?.message;
			const answer = typeof said === 'string' && said ? `; the answer was: ${said.slice(0, 200)}` : '';
			throw outcomeUnknown(
				options.system,
				`${options.where} (no key identifies this record, so it was not sent again${answer})`,
				lastFailure,
			);
		}
		let found: T[];
		try {
			found = await options.lookup();
		} catch (lookupError) {
			throw outcomeUnknown(
				options.system,
				`${options.where} (the look-up after the lost answer failed as well)`,
				lookupError,
			);
		}
		if (found.length === 1) return { record: found[0], confirmedByLookup: true, sends };
		if (found.length > 1) {
			throw outcomeUnknown(
				options.system,
				`${options.where} (${found.length} records match, so which one this item made cannot be told)`,
				lastFailure,
			);
		}
		// Proven absent: the create did not land, so sending it again cannot duplicate it.
	}
	// The last attempt failed too and the look-up shows nothing: not written. Its own error says why.
	throw lastFailure;
}

/* ------------------------------------------------------------------ keyed create (issue 20 case 1) */

/**
 * Records with no external-key field (e.g. Scoro receipt groups: notes §3.3 list no reference or
 * memo field) can still be told apart by what they hold (payer, date, documents, amounts): the
 * caller's "same record" key. Two runs of one template at once (a schedule firing during a slow
 * run, two queue-mode workers) both see the record missing and both create it. keyedCreate makes
 * that hold without any lock or assumed uniqueness rule:
 *
 * 1. before sending: when the target already holds `expected` records with the key, nothing is sent;
 * 2. a lost answer is confirmed by a record with the key that was not there before (confirmedCreate);
 * 3. after writing: the key's records are read again, ordered by ID (creation order), and a writer
 *    whose record is not among the first `expected` removes its own copy. Every writer checks after
 *    its own write, so the last one to finish sees every earlier copy, and the earliest stays.
 *
 * `expected` is how many source records share the key (two equal payments on one day are two
 * receipts), so a legitimate second record is never taken for a copy.
 */
export interface KeyedCreateOptions<T> {
	system: string;
	/** e.g. 'Scoro receipts for contact 12 on 2026-10-20 (invoice 901: 250.00)' */
	where: string;
	send: () => Promise<T>;
	/** Every live record of the target that has this record's key, as the system shows them now. */
	copies: () => Promise<T[]>;
	idOf: (record: T) => string;
	/** Removes one record (our own later copy). */
	remove: (id: string) => Promise<void>;
	/** How many source records share this key (default 1). */
	expected?: number;
	maxSends?: number;
	/**
	 * Creation order of two records (default: compareIds of their IDs). Every writer must use the same
	 * order, and a record written later must sort later (e.g. the system's created time, then ID).
	 */
	order?: (a: T, b: T) => number;
}

export type KeyedCreateOutcome = 'created' | 'existing' | 'removedLaterCopy';

export interface KeyedCreateResult<T> {
	record: T;
	outcome: KeyedCreateOutcome;
	confirmedByLookup: boolean;
	sends: number;
}

/** Creation order of two IDs: numeric when both are numbers, else as strings (time-ordered hex IDs). */
export function compareIds(a: string, b: string): number {
	const x = Number(a);
	const y = Number(b);
	if (a.trim() !== '' && b.trim() !== '' && Number.isFinite(x) && Number.isFinite(y)) return x - y;
	return a < b ? -1 : a > b ? 1 : 0;
}

export async function keyedCreate<T>(options: KeyedCreateOptions<T>): Promise<KeyedCreateResult<T>> {
	const expected = Math.max(1, Math.floor(options.expected ?? 1));
	const order = options.order ?? ((a: T, b: T) => compareIds(options.idOf(a), options.idOf(b)));
	const sorted = (list: T[]) => [...list].sort(order);
	const before = sorted(await options.copies());
	if (before.length >= expected) return { record: before[0], outcome: 'existing', confirmedByLookup: false, sends: 0 };
	const beforeIds = new Set(before.map((r) => options.idOf(r)));
	const created = await confirmedCreate<T>({
		system: options.system,
		where: options.where,
		send: options.send,
		lookup: async () => (await options.copies()).filter((r) => !beforeIds.has(options.idOf(r))),
		maxSends: options.maxSends,
	});
	const ourId = options.idOf(created.record);
	if (!ourId) return { ...created, outcome: 'created' };
	let after: T[];
	try {
		after = sorted(await options.copies());
	} catch (error) {
		throw outcomeUnknown(
			options.system,
			`${options.where}: record ${ourId} was written, but the check for a copy written by another run at the same time failed; remove one if there are two`,
			error,
		);
	}
	const ours = after.find((r) => options.idOf(r) === ourId) ?? created.record;
	const earlier = after.filter((r) => options.idOf(r) !== ourId && order(r, ours) < 0);
	if (earlier.length < expected) return { ...created, outcome: 'created' };
	// Another run wrote the same record first: ours is the later copy, and its writer removes it.
	try {
		await options.remove(ourId);
	} catch (error) {
		throw outcomeUnknown(
			options.system,
			`${options.where}: another run wrote this record at the same time (record ${options.idOf(earlier[0])}); removing this run's copy ${ourId} failed, so remove it by hand`,
			error,
		);
	}
	return {
		record: earlier[0],
		outcome: 'removedLaterCopy',
		confirmedByLookup: created.confirmedByLookup,
		sends: created.sends,
	};
}
