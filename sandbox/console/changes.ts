import type { Fields, RecordStore, StoredRecord } from '../core/store';

/**
 * What changed since the last reset and since the last run, for the console's highlighting.
 *
 * A baseline is a copy of each record's version (and, for collections of a sensible size, its
 * fields, so the console can say which fields changed). The reset baseline is taken right after a
 * reset or restore. A "run" is a burst of API requests after at least RUN_GAP_MS of quiet (an n8n
 * execution is such a burst); the copy is taken when the burst starts, before its first request is
 * handled, and becomes the "last run" baseline once the burst sends a write, so that a poll or a
 * credential test that only reads does not wipe the highlighting of the run before it.
 */
export const RUN_GAP_MS = 4_000;
/** Collections larger than this keep versions only in a baseline (no field-level diff): bounded memory. */
export const MAX_DIFF_RECORDS = 5_000;

interface Kept {
	version: number;
	fields?: Fields;
}
type Baseline = Map<string, Map<string, Kept>>;

export type RowChange = 'new' | 'changed' | undefined;

export interface RunInfo {
	startedAt: string;
	requests: number;
	writes: number;
}

export interface CollectionChanges {
	/** id → change since the reset baseline. */
	sinceReset: Map<string, Exclude<RowChange, undefined>>;
	/** id → change in the last run. */
	lastRun: Map<string, Exclude<RowChange, undefined>>;
	/** Records of the baseline that are gone. */
	deletedSinceReset: string[];
	deletedInLastRun: string[];
}

function take(store: RecordStore): Baseline {
	const out: Baseline = new Map();
	for (const name of store.collectionNames()) {
		const records = store.list(name);
		const withFields = records.length <= MAX_DIFF_RECORDS;
		out.set(
			name,
			new Map(
				records.map((r) => [r.id, withFields ? { version: r.version, fields: r.fields } : { version: r.version }]),
			),
		);
	}
	return out;
}

function compare(
	records: StoredRecord[],
	kept: Map<string, Kept> | undefined,
): { changes: Map<string, 'new' | 'changed'>; deleted: string[] } {
	const changes = new Map<string, 'new' | 'changed'>();
	const seen = new Set<string>();
	for (const r of records) {
		seen.add(r.id);
		const before = kept?.get(r.id);
		if (!before) changes.set(r.id, 'new');
		else if (before.version !== r.version) changes.set(r.id, 'changed');
	}
	const deleted = kept ? [...kept.keys()].filter((id) => !seen.has(id)) : [];
	return { changes, deleted };
}

/** Field names whose value differs between two field sets (top level). */
export function changedFields(before: Fields | undefined, after: Fields): string[] {
	if (!before) return [];
	const names = new Set([...Object.keys(before), ...Object.keys(after)]);
	return [...names].filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
}

export class ChangeTracker {
	private readonly resetBaselines = new Map<string, Baseline>();
	private readonly runBaselines = new Map<string, Baseline>();
	private pending: Map<string, Baseline> | undefined;
	private pendingRun: RunInfo | undefined;
	private promoted = false;
	private lastRequestMs = 0;
	lastRun: RunInfo | undefined;
	/** Set when the reset baselines were taken. */
	resetAt: string | undefined;

	/** After a reset or restore of these systems: both baselines start from here. */
	markReset(systems: ReadonlyMap<string, { store: RecordStore }>, at: string, only?: string): void {
		for (const [name, { store }] of systems) {
			if (only !== undefined && name !== only) continue;
			const baseline = take(store);
			this.resetBaselines.set(name, baseline);
			this.runBaselines.set(name, baseline);
		}
		this.resetAt = at;
		this.lastRun = undefined;
		this.pending = undefined;
		this.pendingRun = undefined;
		this.lastRequestMs = 0;
	}

	/**
	 * Called before each API request is handled. Every store is copied when a new burst starts.
	 * Cheap otherwise: one clock read.
	 */
	noteRequest(systems: ReadonlyMap<string, { store: RecordStore }>, kind: 'read' | 'write', at: string): void {
		const nowMs = Date.now();
		if (nowMs - this.lastRequestMs > RUN_GAP_MS) {
			this.pending = new Map([...systems].map(([name, { store }]) => [name, take(store)]));
			this.pendingRun = { startedAt: at, requests: 0, writes: 0 };
			this.promoted = false;
		}
		this.lastRequestMs = nowMs;
		if (!this.pendingRun || !this.pending) return;
		this.pendingRun.requests += 1;
		if (kind === 'write') {
			this.pendingRun.writes += 1;
			if (!this.promoted) {
				this.promoted = true;
				for (const [name, b] of this.pending) this.runBaselines.set(name, b);
				this.lastRun = this.pendingRun;
			}
		}
	}

	/** Changes of one collection; without a reset baseline (never reset) nothing is marked. */
	collection(system: string, collection: string, records: StoredRecord[]): CollectionChanges {
		const reset = this.resetBaselines.get(system);
		const run = this.runBaselines.get(system);
		if (!reset) return { sinceReset: new Map(), lastRun: new Map(), deletedSinceReset: [], deletedInLastRun: [] };
		const a = compare(records, reset.get(collection));
		const b =
			run && run !== reset
				? compare(records, run.get(collection))
				: { changes: new Map<string, 'new' | 'changed'>(), deleted: [] };
		return {
			sinceReset: a.changes,
			lastRun: this.lastRun ? b.changes : new Map(),
			deletedSinceReset: a.deleted,
			deletedInLastRun: this.lastRun ? b.deleted : [],
		};
	}

	/** The record's fields as the reset baseline (or the last run's) kept them. */
	before(system: string, collection: string, id: string, which: 'reset' | 'run'): Fields | undefined {
		const baseline = (which === 'reset' ? this.resetBaselines : this.runBaselines).get(system);
		return baseline?.get(collection)?.get(id)?.fields;
	}
}
