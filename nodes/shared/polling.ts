import type { IDataObject } from 'n8n-workflow';

/**
 * One polling rule for every trigger: a modified-time cursor kept in static data, re-reading an
 * overlap window (clocks and commit order are not exact), and de-duplication by id + version so
 * the overlap emits nothing twice.
 */
export interface PollState {
	cursor?: string;
	/** `${id}@${modified}` of records already emitted inside the overlap window. */
	seen?: string[];
}

export interface PollOptions<T> {
	state: IDataObject;
	/** Reads records modified at or after `since` (ISO). */
	fetchSince: (sinceIso: string) => Promise<T[]>;
	idOf: (record: T) => string;
	/** The record's modified time as an ISO string or epoch ms. */
	modifiedOf: (record: T) => string | number | undefined;
	overlapMs?: number;
	/** First run: how far back to look (0 = only changes from now on). */
	lookbackMs?: number;
	now?: number;
	/** Manual "fetch test event": return a sample without moving the cursor. */
	manual?: boolean;
	/** Only records created after the cursor ("new" rather than "new and updated"). */
	isNew?: (record: T, sinceMs: number) => boolean;
}

const toMs = (v: string | number | undefined): number => (typeof v === 'number' ? v : v ? Date.parse(v) : NaN);

function seenKey<T>(options: PollOptions<T>, record: T): string {
	const modified = toMs(options.modifiedOf(record));
	return `${options.idOf(record)}@${Number.isNaN(modified) ? '' : modified}`;
}

export async function pollChanges<T>(options: PollOptions<T>): Promise<T[]> {
	const now = options.now ?? Date.now();
	const overlap = options.overlapMs ?? 60_000;
	const state = options.state as PollState & IDataObject;
	if (!state.cursor && !options.lookbackMs && !options.manual) {
		// First run without a look-back: start watching from now and take what the overlap window
		// holds as already seen, so the next poll does not emit old records.
		const baseline = await options.fetchSince(new Date(now - overlap).toISOString());
		state.seen = baseline.map((r) => seenKey(options, r));
		state.cursor = new Date(now).toISOString();
		return [];
	}
	const cursorMs = state.cursor ? Date.parse(state.cursor) : now - (options.lookbackMs ?? 0);
	const sinceMs = Math.max(0, cursorMs - overlap);
	const records = await options.fetchSince(new Date(sinceMs).toISOString());
	if (options.manual) return records.slice(0, 1);

	const seen = new Set(state.seen ?? []);
	const fresh: T[] = [];
	let maxModified = cursorMs;
	for (const record of records) {
		const modified = toMs(options.modifiedOf(record));
		const key = seenKey(options, record);
		if (seen.has(key)) continue;
		if (options.isNew && !options.isNew(record, cursorMs)) continue;
		seen.add(key);
		fresh.push(record);
		if (!Number.isNaN(modified) && modified > maxModified) maxModified = modified;
	}
	// Keep only keys still inside the next overlap window, so the state stays small.
	const keepFrom = maxModified - overlap;
	state.seen = [...seen].filter((k) => Number(k.slice(k.lastIndexOf('@') + 1) || 0) >= keepFrom);
	state.cursor = new Date(Math.max(maxModified, state.cursor ? Date.parse(state.cursor) : 0) || now).toISOString();
	return fresh;
}
