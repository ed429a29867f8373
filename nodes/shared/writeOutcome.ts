import type { INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/**
 * The vocabulary every connector uses when a write's fate is not simply "done" or "refused":
 *
 * - Outcome unknown: the request may have reached the system and been committed, but no answer
 *   came back (lost, timed out, cut). It is never re-sent blindly; the connector first tries to
 *   confirm it (idempotency key, controlid, natural or external key) and, when it cannot, reports
 *   the item with `outcomeUnknown(...)` so the user checks before running again.
 * - Stopped: with Continue On Fail off, the first failure stops writing. Requests already in flight
 *   are awaited, then one error names what was written (with record IDs) and what was not sent.
 */

export const OUTCOME_UNKNOWN = 'OUTCOME_UNKNOWN';
export const WRITES_STOPPED = 'WRITES_STOPPED';

/** A write whose result could not be confirmed either way. */
export class OutcomeUnknownError extends Error {
	readonly code = OUTCOME_UNKNOWN;
	constructor(
		/** e.g. 'Sage Intacct', 'OfficeRnD' */
		readonly system: string,
		/** Where the user should look, e.g. "AR invoices with controlid abc-1 in Sage Intacct". */
		readonly where: string,
		readonly cause?: unknown,
	) {
		super(`${system}: outcome unknown: check ${where} before running again`);
		this.name = 'OutcomeUnknownError';
	}
}

export function outcomeUnknown(system: string, where: string, cause?: unknown): OutcomeUnknownError {
	return new OutcomeUnknownError(system, where, cause);
}

export function isOutcomeUnknown(error: unknown): error is OutcomeUnknownError {
	return error instanceof OutcomeUnknownError || (error as { code?: unknown })?.code === OUTCOME_UNKNOWN;
}

/** What happened to each item of a write run by the time it stopped. */
export interface WriteLedger {
	/** Items confirmed written, with the record ID the system gave them (when it gave one). */
	written: Array<{ itemIndex: number; id?: string }>;
	/** Items whose outcome is unknown (answer lost). */
	unknown: number[];
	/** Items never sent. */
	notSent: number[];
}

function ranges(indexes: number[]): string {
	const sorted = [...new Set(indexes)].sort((a, b) => a - b);
	const parts: string[] = [];
	for (let n = 0; n < sorted.length; n++) {
		const start = sorted[n];
		while (n + 1 < sorted.length && sorted[n + 1] === sorted[n] + 1) n++;
		parts.push(start === sorted[n] ? String(start) : `${start}-${sorted[n]}`);
	}
	return parts.join(', ');
}

/** A one-paragraph account of a stopped run, safe for n8n's error panel (IDs only, no data). */
export function describeLedger(ledger: WriteLedger, maxIds = 50): string {
	const lines: string[] = [];
	if (ledger.written.length) {
		const shown = ledger.written.slice(0, maxIds).map((w) => (w.id ? `${w.itemIndex}→${w.id}` : String(w.itemIndex)));
		const more = ledger.written.length > maxIds ? ` and ${ledger.written.length - maxIds} more` : '';
		lines.push(`Written (item→record): ${shown.join(', ')}${more}.`);
	} else {
		lines.push('Nothing was written.');
	}
	if (ledger.unknown.length)
		lines.push(`Outcome unknown (check before running again): items ${ranges(ledger.unknown)}.`);
	if (ledger.notSent.length) lines.push(`Not sent: items ${ranges(ledger.notSent)}.`);
	return lines.join(' ');
}

/**
 * The error a write node throws when it stops at the first failure (Continue On Fail off): the
 * first failure's message, and in the description which items were written and which were not.
 */
export function stoppedWritesError(
	node: INode,
	failedItem: number,
	cause: unknown,
	ledger: WriteLedger,
): NodeOperationError {
	const message = (cause as { message?: string })?.message ?? String(cause);
	// Input errors already name their item ("Item 3: ..."); say it once.
	const prefix = `Item ${failedItem}: `;
	const error = new NodeOperationError(node, message.startsWith(prefix) ? message : `${prefix}${message}`, {
		itemIndex: failedItem,
		description: `Writing stopped at the first failure. ${describeLedger(ledger)}`,
	});
	error.context = {
		...(error.context ?? {}),
		errorCode: WRITES_STOPPED,
		written: ledger.written.map((w) => ({ itemIndex: w.itemIndex, ...(w.id ? { id: w.id } : {}) })),
		unknown: ledger.unknown,
		notSent: ledger.notSent,
	};
	return error;
}
