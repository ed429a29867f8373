import { ChangeTracker } from '../console/changes';
import { SandboxClock } from './clock';
import { FaultStore } from './faults';
import { RequestLog } from './requestLog';
import { RecordStore, type StoredRecord } from './store';
import type { SystemContext, SystemModule } from './types';

/** Opaque: what SandboxState.checkpoint() returns. */
export interface SandboxCheckpoint {
	readonly stores: ReadonlyMap<string, unknown>;
}

export interface SystemRuntime {
	module: SystemModule;
	store: RecordStore;
}

/** Everything the sandbox holds in memory. Exposed as `sandbox.state` for tests and scripts. */
export class SandboxState {
	readonly clock = new SandboxClock();
	readonly log = new RequestLog();
	readonly faults = new FaultStore();
	readonly systems = new Map<string, SystemRuntime>();
	/** Requests in flight per `${system}:${concurrencyKey}`; never cleared by reset (they are real). */
	readonly inFlight = new Map<string, number>();
	/** Named checkpoints made through the admin API (POST /__admin/checkpoint). */
	readonly checkpoints = new Map<string, SandboxCheckpoint>();
	/** What changed since the last reset and the last run (the console's highlighting). */
	readonly changes = new ChangeTracker();
	/** Set once the server listens, e.g. 'http://127.0.0.1:5680'. */
	baseUrl = '';
	/** Aborted when the server closes, to cut latency waits short. */
	readonly closing = new AbortController();

	constructor(
		modules: SystemModule[],
		private readonly initialClock?: { now?: string; frozen?: boolean },
	) {
		for (const module of modules) {
			if (this.systems.has(module.name)) throw new Error(`duplicate system ${module.name}`);
			if (!/^[a-z][a-z0-9-]*$/.test(module.name)) throw new Error(`bad system name ${module.name}`);
			this.systems.set(module.name, { module, store: new RecordStore(module.name, this.clock) });
		}
		this.applyInitialClock();
	}

	private applyInitialClock(): void {
		this.clock.reset();
		if (this.initialClock?.now) this.clock.set(new Date(this.initialClock.now), this.initialClock.frozen ?? false);
		else if (this.initialClock?.frozen) this.clock.freeze();
	}

	system(name: string): SystemRuntime | undefined {
		return this.systems.get(name);
	}

	context(name: string): SystemContext {
		const runtime = this.systems.get(name);
		if (!runtime) throw new Error(`unknown system ${name}`);
		return {
			system: name,
			store: runtime.store,
			clock: this.clock,
			baseUrl: this.baseUrl,
			systemUrl: this.baseUrl + runtime.module.prefix,
		};
	}

	/**
	 * Re-seed one system (or all), clearing its log entries and faults. A full reset also puts the
	 * clock back to its initial setting.
	 */
	reset(system?: string, opts: { seed?: boolean } = {}): void {
		const names = system ? [system] : [...this.systems.keys()];
		if (system && !this.systems.has(system)) throw new Error(`unknown system ${system}`);
		if (!system) this.applyInitialClock();
		for (const name of names) {
			const runtime = this.systems.get(name);
			if (!runtime) throw new Error(`unknown system ${name}`);
			const ctx = this.context(name);
			runtime.store.clear();
			runtime.module.reset?.(ctx);
			if (opts.seed !== false) runtime.module.seed(runtime.store, ctx);
		}
		this.log.clear(system);
		this.faults.clear(system);
		this.changes.markReset(this.systems, this.clock.now().toISOString(), system);
	}

	/**
	 * A deep copy of every system's records (and id sequences) and of the clock offset, to put back
	 * with restore(): the fault suite sets a world up once and starts every scenario from it.
	 * Runtime state that is not records (Intacct sessions, result sets and executed control IDs,
	 * OAuth tokens) is not part of it: restore() resets it, as a restarted sandbox would.
	 */
	checkpoint(): SandboxCheckpoint {
		const stores = new Map<string, unknown>();
		for (const [name, runtime] of this.systems) stores.set(name, runtime.store.checkpoint());
		return { stores };
	}

	/** Puts back a checkpoint() of this state (each restore gets its own copy), resets each system's runtime state and clears log and faults. */
	restore(cp: SandboxCheckpoint): void {
		for (const [name, data] of cp.stores) {
			const runtime = this.systems.get(name);
			if (!runtime) throw new Error(`unknown system ${name}`);
			// Without this, a request replayed by a later scenario would meet the control IDs that an
			// earlier scenario (after the checkpoint) executed, and be answered as a repeat.
			runtime.module.reset?.(this.context(name));
			// rollback() adopts the maps it is given: hand it a copy so the checkpoint stays reusable.
			const scratch = new RecordStore(name, this.clock);
			scratch.rollback(data);
			runtime.store.rollback(scratch.checkpoint());
		}
		this.log.clear();
		this.faults.clear();
		this.changes.markReset(this.systems, this.clock.now().toISOString());
	}

	snapshot(system?: string): Record<string, Record<string, StoredRecord[]>> {
		const out: Record<string, Record<string, StoredRecord[]>> = {};
		for (const [name, runtime] of this.systems) {
			if (system && name !== system) continue;
			out[name] = runtime.store.snapshot();
		}
		return out;
	}
}
