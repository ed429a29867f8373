/** One request to a simulated system (admin calls and the status page are not logged). */
export interface RequestLogEntry {
	seq: number;
	/** Sandbox clock time (ISO) when the request arrived. */
	time: string;
	system: string;
	method: string;
	path: string;
	/** System-specific label, e.g. Intacct function names joined by ','. */
	operation?: string;
	/** Each function/operation of the request (one request may carry several Intacct functions). */
	operations: string[];
	/** HTTP status sent, 'dropped' when the socket was destroyed, null while in flight. */
	status: number | 'dropped' | null;
	durationMs?: number;
	/** Faults applied to this request, e.g. ['latency:200', 'http5xx']. */
	faults: string[];
	/** 'read' or 'write' (faults.ts classifyRequest), when the core classified it. */
	kind?: 'read' | 'write';
}

/** Requests per system since the last clear; unlike the entries, never trimmed (load tests count thousands). */
export interface RequestTotals {
	reads: number;
	writes: number;
	/** Writes per operation label, e.g. { 'charges.create': 812 }. */
	writeOperations: Record<string, number>;
}

export interface RequestCounts {
	total: number;
	systems: Record<
		string,
		{ total: number; endpoints: Record<string, { total: number; operations: Record<string, number> }> }
	>;
}

/** Bounded so a long-running sandbox does not grow without limit. */
export const MAX_LOG_ENTRIES = 5000;

export class RequestLog {
	private entries: RequestLogEntry[] = [];
	private seq = 0;
	private readonly totalsBySystem = new Map<string, RequestTotals>();

	start(init: Omit<RequestLogEntry, 'seq' | 'status' | 'faults'>): RequestLogEntry {
		const entry: RequestLogEntry = { seq: ++this.seq, status: null, faults: [], ...init };
		if (init.kind) {
			let t = this.totalsBySystem.get(init.system);
			if (!t) this.totalsBySystem.set(init.system, (t = { reads: 0, writes: 0, writeOperations: {} }));
			if (init.kind === 'read') t.reads += 1;
			else {
				t.writes += 1;
				const label = init.operation ?? `${init.method} ${init.path}`;
				t.writeOperations[label] = (t.writeOperations[label] ?? 0) + 1;
			}
		}
		this.entries.push(entry);
		if (this.entries.length > MAX_LOG_ENTRIES) this.entries.splice(0, this.entries.length - MAX_LOG_ENTRIES);
		return entry;
	}

	list(filter: { system?: string } = {}): RequestLogEntry[] {
		return this.entries.filter((e) => !filter.system || e.system === filter.system).map((e) => ({ ...e }));
	}

	clear(system?: string): void {
		this.entries = system ? this.entries.filter((e) => e.system !== system) : [];
		if (system) this.totalsBySystem.delete(system);
		else this.totalsBySystem.clear();
	}

	/** Reads and writes per system since the last clear (not bounded by MAX_LOG_ENTRIES). */
	totals(): Record<string, RequestTotals> {
		return Object.fromEntries(
			[...this.totalsBySystem].map(([k, v]) => [k, { ...v, writeOperations: { ...v.writeOperations } }]),
		);
	}

	/**
	 * Counts per system, per endpoint (`METHOD path`) and per operation. A request that carries several
	 * operations (an Intacct request with several functions) adds one to each of them.
	 */
	counts(): RequestCounts {
		const out: RequestCounts = { total: 0, systems: {} };
		for (const e of this.entries) {
			out.total += 1;
			const sys = (out.systems[e.system] ??= { total: 0, endpoints: {} });
			sys.total += 1;
			const endpoint = (sys.endpoints[`${e.method} ${e.path}`] ??= { total: 0, operations: {} });
			endpoint.total += 1;
			for (const op of e.operations) endpoint.operations[op] = (endpoint.operations[op] ?? 0) + 1;
		}
		return out;
	}
}
