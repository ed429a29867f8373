import { DateTime } from 'luxon';
import { UserError, type IDataObject } from 'n8n-workflow';

/** Helpers of the Sage Intacct Trigger (kept apart: a node module may export only its class). */
/** Reference 5.2: readByQuery pages hold at most 1000 records. */
export const POLL_PAGE_SIZE = 1000;

/** Intacct timestamps carry no zone (reference 3.6): read and written in the chosen zone. */
export function toIntacctTime(iso: string, zone: string): string {
	return DateTime.fromISO(iso, { zone: 'utc' }).setZone(zone).toFormat('MM/dd/yyyy HH:mm:ss');
}
export function fromIntacctTime(value: unknown, zone: string): number | undefined {
	const text = String(value ?? '').trim();
	if (!text) return undefined;
	for (const format of ['MM/dd/yyyy HH:mm:ss', 'MM/dd/yyyy']) {
		const dt = DateTime.fromFormat(text, format, { zone });
		if (dt.isValid) return dt.toMillis();
	}
	const iso = DateTime.fromISO(text, { zone });
	return iso.isValid ? iso.toMillis() : undefined;
}

export function objectOf(value: unknown, other: unknown): string {
	const name = String(value === '__other__' ? other : value)
		.trim()
		.toUpperCase();
	if (!/^[A-Z][A-Z0-9_]*$/.test(name))
		throw new UserError(`"${name}" is not a Sage Intacct object name (e.g. CUSTOMER).`);
	return name;
}

/** A value at a dot path of the body, e.g. `data.recordNo`. */
export function valueAt(body: unknown, path: string): unknown {
	return path
		.split('.')
		.filter(Boolean)
		.reduce<unknown>(
			(node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
			body,
		);
}

/** Stream key of the top-level session in the multi-entity poll state. */
export const TOP_LEVEL_STREAM = '__top__';

/** One session's view to poll: the top level, or one entity (reference §1.7). */
export interface PollStream<T> {
	key: string;
	fetchSince: (sinceIso: string) => Promise<T[]>;
}

export interface MultiPollState {
	/** ISO cursor per stream key (TOP_LEVEL_STREAM or the entity ID). */
	cursors?: Record<string, string>;
	/** `${id}@${modifiedMs}` emitted inside the overlap window, across every stream. */
	seen?: string[];
}

/**
 * Polls several sessions of one company (the top level and each entity) with a cursor per session
 * and one de-duplication set across them. Why: a top-level session does not see records private to
 * an entity (reference §1.7, readByQuery has no showprivate), so a top-level poll alone silently
 * misses their changes; an entity session sees shared records too, so the same record can come back
 * from several sessions and must be emitted once (RECORDNO is unique per object in the company).
 * Nothing is stored until every session answered: a failed poll is repeated whole, never half-kept.
 * A session without a cursor (an entity added later) starts from the oldest cursor of the others,
 * so its changes since the trigger started watching are not skipped.
 */
export async function pollStreams<T>(options: {
	state: IDataObject;
	streams: Array<PollStream<T>>;
	idOf: (record: T) => string;
	modifiedOf: (record: T) => number | undefined;
	overlapMs: number;
	lookbackMs: number;
	manual: boolean;
	now?: number;
	isNew?: (record: T, sinceMs: number) => boolean;
}): Promise<T[]> {
	const now = options.now ?? Date.now();
	const saved = (options.state.multiEntity ?? {}) as MultiPollState;
	const cursors: Record<string, string> = { ...(saved.cursors ?? {}) };
	// A trigger that polled the top level alone before keeps its place there.
	if (Object.keys(cursors).length === 0 && typeof options.state.cursor === 'string')
		cursors[TOP_LEVEL_STREAM] = options.state.cursor;
	const known = Object.values(cursors)
		.map((c) => Date.parse(c))
		.filter((ms) => !Number.isNaN(ms));
	const keyOf = (r: T) => `${options.idOf(r)}@${options.modifiedOf(r) ?? ''}`;

	if (known.length === 0 && !options.lookbackMs && !options.manual) {
		// First run: watch from now; what the overlap window holds counts as seen.
		const seen = new Set<string>();
		for (const stream of options.streams)
			for (const r of await stream.fetchSince(new Date(now - options.overlapMs).toISOString())) seen.add(keyOf(r));
		options.state.multiEntity = {
			cursors: Object.fromEntries(options.streams.map((s) => [s.key, new Date(now).toISOString()])),
			seen: [...seen],
		} satisfies MultiPollState as unknown as IDataObject;
		return [];
	}
	const startOf = (key: string) =>
		cursors[key] ? Date.parse(cursors[key]) : known.length ? Math.min(...known) : now - options.lookbackMs;
	const fetched: Array<{ key: string; start: number; records: T[] }> = [];
	for (const stream of options.streams) {
		const start = startOf(stream.key);
		fetched.push({
			key: stream.key,
			start,
			records: await stream.fetchSince(new Date(Math.max(0, start - options.overlapMs)).toISOString()),
		});
	}
	if (options.manual) return fetched.flatMap((f) => f.records).slice(0, 1);

	const seen = new Set(saved.seen ?? []);
	const fresh: Array<{ record: T; modified: number }> = [];
	const next: Record<string, string> = {};
	for (const { key, start, records } of fetched) {
		let max = start;
		for (const record of records) {
			const modified = options.modifiedOf(record);
			if (modified !== undefined && modified > max) max = modified;
			const k = keyOf(record);
			if (seen.has(k)) continue;
			if (options.isNew && !options.isNew(record, start)) continue;
			seen.add(k);
			fresh.push({ record, modified: modified ?? 0 });
		}
		next[key] = new Date(max).toISOString();
	}
	// Keep only keys still inside the next overlap window of the oldest cursor, so the state stays small.
	const keepFrom = Math.min(...Object.values(next).map((c) => Date.parse(c))) - options.overlapMs;
	options.state.multiEntity = {
		cursors: next,
		seen: [...seen].filter((k) => Number(k.slice(k.lastIndexOf('@') + 1) || 0) >= keepFrom),
	} satisfies MultiPollState as unknown as IDataObject;
	// One order whatever session a record came from: by modified time, then by record number.
	const idOrder = (a: T, b: T) => {
		const [x, y] = [options.idOf(a), options.idOf(b)];
		return Number(x) - Number(y) || x.localeCompare(y);
	};
	return fresh.sort((a, b) => a.modified - b.modified || idOrder(a.record, b.record)).map((f) => f.record);
}
