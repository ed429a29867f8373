import { z } from 'zod';

/** Upper bounds: every injected fault is bounded. */
export const MAX_LATENCY_MS = 30_000;
export const MAX_FAULTS = 100;
export const MAX_FAULT_COUNT = 10_000;
export const MAX_RETRY_AFTER_SECONDS = 3600;
export const MAX_BURST = 100;

export const faultInputSchema = z
	.object({
		/** Only requests to this system (default: every system). */
		system: z.string().min(1).optional(),
		/** Substring of the operation label (e.g. 'readByQuery') or of the request path. */
		match: z.string().min(1).optional(),
		/**
		 * Exact operation names (one of the request's operations must be in the list), e.g.
		 * ['readMore'] so that 'readMore' faults never hit 'readByQuery'.
		 */
		operations: z.array(z.string().min(1)).min(1).max(50).optional(),
		/** Only these HTTP methods (upper case). */
		methods: z
			.array(z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']))
			.min(1)
			.optional(),
		/**
		 * 'read' or 'write' requests only (see classifyRequest: GET and read-named operations such as
		 * list, get, readByQuery, readMore, query, getAPISession are reads; the rest are writes).
		 */
		kind: z.enum(['read', 'write']).optional(),
		type: z.enum(['latency', 'http5xx', 'http429', 'dropAfterCommit']),
		latencyMs: z.number().int().min(0).max(MAX_LATENCY_MS).optional(),
		status: z.number().int().min(500).max(599).optional(),
		retryAfterSeconds: z.number().int().min(0).max(MAX_RETRY_AFTER_SECONDS).optional(),
		/** How many requests the fault applies to; omitted = until cleared. */
		count: z.number().int().min(1).max(MAX_FAULT_COUNT).optional(),
		/**
		 * Chance (0..1) that a matching request is hit (or, with `burst`, that a burst starts).
		 * Drawn from the fault's own seeded RNG, so the same request sequence gets the same faults.
		 * Default 1 (every matching request).
		 */
		probability: z.number().min(0).max(1).optional(),
		/** Seed of the fault's RNG (default 1). */
		seed: z
			.number()
			.int()
			.min(0)
			.max(2 ** 31 - 1)
			.optional(),
		/** Once triggered, the fault applies to this many consecutive matching requests (e.g. five 429s). */
		burst: z.number().int().min(1).max(MAX_BURST).optional(),
		/** Let this many matching requests pass before the fault can apply (e.g. "the 3rd readMore"). */
		skip: z.number().int().min(0).max(MAX_FAULT_COUNT).optional(),
	})
	.strict();

export type FaultInput = z.infer<typeof faultInputSchema>;

export interface Fault extends FaultInput {
	id: number;
	/** Requests left (undefined = until cleared). Each request a burst hits uses one. */
	remaining?: number;
	/** Requests it has been applied to so far. */
	hits: number;
	/** Matching requests seen (hit or not). */
	seen: number;
}

interface FaultState {
	fault: Fault;
	rng: () => number;
	/** Requests left in the burst under way. */
	burstLeft: number;
}

/** What the faults matching one request ask for. */
export interface FaultPlan {
	latencyMs: number;
	/** At most one fault that replaces or cuts the answer. */
	terminal?: Fault;
	labels: string[];
}

/** mulberry32: a small, fast, seedable PRNG (deterministic fault sequences). */
export function seededRandom(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const READ_ACTION =
	/^(list|get|view|read|readbyquery|readmore|readbyname|readreport|query|lookup|inspect|token|getapisession|getdimensions|getuserpermissions|getfilters|search|filters)$/i;

/**
 * 'read' or 'write': GET/HEAD are reads; otherwise a request is a read when every operation's
 * action (the part after the last '.' or '/', e.g. 'invoices/list' → 'list', 'companies.get' →
 * 'get', Intacct 'readMore') is a read action. A request without operations and not a GET is a write.
 */
export function classifyRequest(method: string, operations: readonly string[]): 'read' | 'write' {
	if (method === 'GET' || method === 'HEAD') return 'read';
	if (method === 'DELETE' || !operations.length) return 'write';
	return operations.every((op) => READ_ACTION.test(op.split(/[./]/).pop() ?? op)) ? 'read' : 'write';
}

export class FaultStore {
	private faults: FaultState[] = [];
	private nextId = 1;

	add(input: FaultInput): Fault {
		if (this.faults.length >= MAX_FAULTS) throw new Error(`at most ${MAX_FAULTS} faults at a time`);
		const fault: Fault = { ...input, id: this.nextId++, remaining: input.count, hits: 0, seen: 0 };
		this.faults.push({ fault, rng: seededRandom(input.seed ?? 1), burstLeft: 0 });
		return { ...fault };
	}

	list(): Fault[] {
		return this.faults.map((f) => ({ ...f.fault }));
	}

	/** Switches one fault off; false when no active fault has this id. */
	remove(id: number): boolean {
		const before = this.faults.length;
		this.faults = this.faults.filter((f) => f.fault.id !== id);
		return this.faults.length !== before;
	}

	clear(system?: string): void {
		this.faults = system ? this.faults.filter((f) => f.fault.system !== undefined && f.fault.system !== system) : [];
	}

	private matches(f: Fault, system: string, operations: readonly string[], path: string, method: string): boolean {
		if (f.system !== undefined && f.system !== system) return false;
		const label = operations.join(',');
		if (f.match !== undefined && !label.includes(f.match) && !path.includes(f.match)) return false;
		if (f.operations !== undefined && !operations.some((op) => f.operations!.includes(op))) return false;
		if (f.methods !== undefined && !f.methods.includes(method as never)) return false;
		if (f.kind !== undefined && classifyRequest(method, operations) !== f.kind) return false;
		return true;
	}

	/**
	 * Take the faults that apply to a request, consuming one use of each: all matching latency faults
	 * (added up, capped at MAX_LATENCY_MS) and the first matching terminal fault, in insertion order.
	 * A fault with `probability` draws from its own RNG once per matching request (not during a
	 * burst), so a given sequence of requests always meets the same faults.
	 */
	take(
		system: string,
		operation: string | undefined,
		path: string,
		method = 'POST',
		operations?: readonly string[],
	): FaultPlan {
		const ops = operations ?? (operation ? operation.split(',') : []);
		const plan: FaultPlan = { latencyMs: 0, labels: [] };
		for (const state of this.faults) {
			const f = state.fault;
			if (!this.matches(f, system, ops, path, method)) continue;
			const isTerminal = f.type !== 'latency';
			// A terminal fault never applies when another already took the request; it does not count it either.
			if (isTerminal && plan.terminal) continue;
			f.seen += 1;
			if (f.skip !== undefined && f.seen <= f.skip) continue;
			let applies: boolean;
			if (state.burstLeft > 0) {
				applies = true;
			} else {
				applies = f.probability === undefined || state.rng() < f.probability;
				if (applies && f.burst !== undefined) state.burstLeft = f.burst;
			}
			if (!applies) continue;
			if (state.burstLeft > 0) state.burstLeft -= 1;
			if (f.type === 'latency') {
				plan.latencyMs += f.latencyMs ?? 1000;
				plan.labels.push(`latency:${f.latencyMs ?? 1000}`);
			} else {
				plan.terminal = f;
				plan.labels.push(f.type);
			}
			f.hits += 1;
			if (f.remaining !== undefined) f.remaining -= 1;
		}
		plan.latencyMs = Math.min(plan.latencyMs, MAX_LATENCY_MS);
		this.faults = this.faults.filter((s) => s.fault.remaining === undefined || s.fault.remaining > 0);
		return plan;
	}
}
