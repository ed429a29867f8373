import type { SandboxClock } from './clock';

/** Plain JSON-like field values. */
export type FieldValue = string | number | boolean | null | FieldValue[] | { [key: string]: FieldValue };
export type Fields = Record<string, FieldValue>;

/** One record of a collection. `fields` is the system's own shape; the rest is bookkeeping. */
export interface StoredRecord {
	id: string;
	/** ISO instant (UTC) from the sandbox clock, or given explicitly by a seed. */
	createdAt: string;
	modifiedAt: string;
	/** 1 on insert, +1 on every update. */
	version: number;
	fields: Fields;
}

export interface CollectionOptions {
	/** First id of the deterministic sequence (default 1). */
	idStart?: number;
	/** Prefix of generated ids, e.g. 'cus_' (default none: plain integers as strings). */
	idPrefix?: string;
	/** Zero-pad generated numbers to this width (default no padding). */
	idPad?: number;
	/** Fields the status page shows as columns (default: the first few fields). */
	displayFields?: string[];
}

export interface WriteOptions {
	id?: string;
	createdAt?: string;
	modifiedAt?: string;
}

interface Collection {
	options: Required<Omit<CollectionOptions, 'displayFields'>> & { displayFields?: string[] };
	next: number;
	records: Map<string, StoredRecord>;
}

/** Hard bound so a runaway test or script cannot exhaust memory. */
export const MAX_RECORDS_PER_COLLECTION = 100_000;

function clone<T>(value: T): T {
	return structuredClone(value);
}

/**
 * A generic in-memory record store for one simulated system: named collections of records with
 * deterministic id sequences and created/modified timestamps from the sandbox clock.
 * Reads return copies, so callers can never mutate stored state by accident.
 */
export class RecordStore {
	private readonly collections = new Map<string, Collection>();

	constructor(
		readonly system: string,
		private readonly clock: SandboxClock,
	) {}

	defineCollection(name: string, options: CollectionOptions = {}): void {
		const opts = {
			idStart: options.idStart ?? 1,
			idPrefix: options.idPrefix ?? '',
			idPad: options.idPad ?? 0,
			displayFields: options.displayFields,
		};
		this.collections.set(name, { options: opts, next: opts.idStart, records: new Map() });
	}

	hasCollection(name: string): boolean {
		return this.collections.has(name);
	}

	collectionNames(): string[] {
		return [...this.collections.keys()];
	}

	displayFields(name: string): string[] | undefined {
		return this.collections.get(name)?.options.displayFields;
	}

	private col(name: string): Collection {
		let c = this.collections.get(name);
		if (!c) {
			// Collections are created on first use (admin inserts into new collections work too).
			this.defineCollection(name);
			c = this.collections.get(name)!;
		}
		return c;
	}

	/** Reserve the next id of the collection's sequence. */
	nextId(collection: string): string {
		const c = this.col(collection);
		let id: string;
		// Skip ids that were taken explicitly (bounded by the collection size).
		do {
			const n = c.next++;
			const digits = c.options.idPad > 0 ? String(n).padStart(c.options.idPad, '0') : String(n);
			id = c.options.idPrefix + digits;
		} while (c.records.has(id));
		return id;
	}

	insert(collection: string, fields: Fields, opts: WriteOptions = {}): StoredRecord {
		const c = this.col(collection);
		if (c.records.size >= MAX_RECORDS_PER_COLLECTION) {
			throw new Error(`collection ${this.system}/${collection} is full (${MAX_RECORDS_PER_COLLECTION})`);
		}
		const id = opts.id ?? this.nextId(collection);
		if (c.records.has(id)) throw new Error(`record ${this.system}/${collection}/${id} already exists`);
		const now = this.clock.now().toISOString();
		const createdAt = opts.createdAt ?? now;
		const record: StoredRecord = {
			id,
			createdAt,
			modifiedAt: opts.modifiedAt ?? createdAt,
			version: 1,
			fields: clone(fields),
		};
		c.records.set(id, record);
		// Keep the sequence ahead of numeric ids given explicitly.
		const numeric = Number(id.slice(c.options.idPrefix.length));
		if (id.startsWith(c.options.idPrefix) && Number.isInteger(numeric) && numeric >= c.next) c.next = numeric + 1;
		return clone(record);
	}

	/** Merge `patch` into the record's fields (a `null` value is stored as null) and touch modifiedAt. */
	update(collection: string, id: string, patch: Fields, opts: { modifiedAt?: string } = {}): StoredRecord {
		const record = this.col(collection).records.get(id);
		if (!record) throw new Error(`record ${this.system}/${collection}/${id} not found`);
		record.fields = { ...record.fields, ...clone(patch) };
		record.modifiedAt = opts.modifiedAt ?? this.clock.now().toISOString();
		record.version += 1;
		return clone(record);
	}

	/** Update when the id exists, insert otherwise. */
	upsert(collection: string, id: string | undefined, fields: Fields): { record: StoredRecord; created: boolean } {
		if (id !== undefined && this.col(collection).records.has(id)) {
			return { record: this.update(collection, id, fields), created: false };
		}
		return { record: this.insert(collection, fields, { id }), created: true };
	}

	get(collection: string, id: string): StoredRecord | undefined {
		const r = this.collections.get(collection)?.records.get(id);
		return r ? clone(r) : undefined;
	}

	/** Records in insertion order. */
	list(collection: string): StoredRecord[] {
		const c = this.collections.get(collection);
		return c ? [...c.records.values()].map(clone) : [];
	}

	find(collection: string, predicate: (r: StoredRecord) => boolean): StoredRecord | undefined {
		const c = this.collections.get(collection);
		if (!c) return undefined;
		for (const r of c.records.values()) if (predicate(r)) return clone(r);
		return undefined;
	}

	delete(collection: string, id: string): boolean {
		return this.collections.get(collection)?.records.delete(id) ?? false;
	}

	count(collection: string): number {
		return this.collections.get(collection)?.records.size ?? 0;
	}

	/** Drop every collection (definitions included); seeds define them again. */
	clear(): void {
		this.collections.clear();
	}

	/** An opaque deep copy of the whole store, for rollback (e.g. Intacct transaction="true"). */
	checkpoint(): unknown {
		const copy = new Map<string, Collection>();
		for (const [name, c] of this.collections) {
			copy.set(name, {
				options: { ...c.options },
				next: c.next,
				records: new Map([...c.records].map(([k, r]) => [k, clone(r)])),
			});
		}
		return copy;
	}

	/** Put back a checkpoint() taken from this store. */
	rollback(checkpoint: unknown): void {
		this.collections.clear();
		for (const [name, c] of checkpoint as Map<string, Collection>) this.collections.set(name, c);
	}

	snapshot(): Record<string, StoredRecord[]> {
		const out: Record<string, StoredRecord[]> = {};
		for (const name of this.collections.keys()) out[name] = this.list(name);
		return out;
	}
}
