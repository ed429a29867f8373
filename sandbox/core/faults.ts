import { z } from 'zod';

/** Upper bounds: every injected fault is bounded. */
export const MAX_LATENCY_MS = 30_000;
export const MAX_FAULTS = 100;
export const MAX_FAULT_COUNT = 10_000;
export const MAX_RETRY_AFTER_SECONDS = 3600;

export const faultInputSchema = z
	.object({
		/** Only requests to this system (default: every system). */
		system: z.string().min(1).optional(),
		/** Substring of the operation label (e.g. 'readByQuery') or of the request path. */
		match: z.string().min(1).optional(),
		type: z.enum(['latency', 'http5xx', 'http429', 'dropAfterCommit']),
		latencyMs: z.number().int().min(0).max(MAX_LATENCY_MS).optional(),
		status: z.number().int().min(500).max(599).optional(),
		retryAfterSeconds: z.number().int().min(0).max(MAX_RETRY_AFTER_SECONDS).optional(),
		/** How many requests the fault applies to; omitted = until cleared. */
		count: z.number().int().min(1).max(MAX_FAULT_COUNT).optional(),
	})
	.strict();

export type FaultInput = z.infer<typeof faultInputSchema>;

export interface Fault extends FaultInput {
	id: number;
	/** Requests left (undefined = until cleared). */
	remaining?: number;
	/** Requests it has been applied to so far. */
	hits: number;
}

/** What the faults matching one request ask for. */
export interface FaultPlan {
	latencyMs: number;
	/** At most one fault that replaces or cuts the answer. */
	terminal?: Fault;
	labels: string[];
}

export class FaultStore {
	private faults: Fault[] = [];
	private nextId = 1;

	add(input: FaultInput): Fault {
		if (this.faults.length >= MAX_FAULTS) throw new Error(`at most ${MAX_FAULTS} faults at a time`);
		const fault: Fault = { ...input, id: this.nextId++, remaining: input.count, hits: 0 };
		this.faults.push(fault);
		return { ...fault };
	}

	list(): Fault[] {
		return this.faults.map((f) => ({ ...f }));
	}

	clear(system?: string): void {
		this.faults = system ? this.faults.filter((f) => f.system !== undefined && f.system !== system) : [];
	}

	/**
	 * Take the faults that apply to a request, consuming one use of each: all matching latency faults
	 * (added up, capped at MAX_LATENCY_MS) and the first matching terminal fault, in insertion order.
	 */
	take(system: string, operation: string | undefined, path: string): FaultPlan {
		const plan: FaultPlan = { latencyMs: 0, labels: [] };
		for (const f of this.faults) {
			if (f.system !== undefined && f.system !== system) continue;
			if (f.match !== undefined && !(operation ?? '').includes(f.match) && !path.includes(f.match)) continue;
			if (f.type === 'latency') {
				plan.latencyMs += f.latencyMs ?? 1000;
				plan.labels.push(`latency:${f.latencyMs ?? 1000}`);
			} else if (plan.terminal) {
				continue;
			} else {
				plan.terminal = f;
				plan.labels.push(f.type);
			}
			f.hits += 1;
			if (f.remaining !== undefined) f.remaining -= 1;
		}
		plan.latencyMs = Math.min(plan.latencyMs, MAX_LATENCY_MS);
		this.faults = this.faults.filter((f) => f.remaining === undefined || f.remaining > 0);
		return plan;
	}
}
