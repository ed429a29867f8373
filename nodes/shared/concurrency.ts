/**
 * A counting semaphore per key (for example per Sage Intacct company), shared by every node
 * execution in this n8n process, so parallel items and workflows stay under a system's limit.
 */
export class Semaphore {
	private active = 0;
	private readonly waiting: Array<() => void> = [];

	constructor(public limit: number) {}

	async run<T>(fn: () => Promise<T>): Promise<T> {
		await this.acquire();
		try {
			return await fn();
		} finally {
			this.release();
		}
	}

	private acquire(): Promise<void> {
		if (this.active < this.limit) {
			this.active++;
			return Promise.resolve();
		}
		return new Promise((resolve) => this.waiting.push(resolve));
	}

	private release() {
		const next = this.waiting.shift();
		if (next) next();
		else this.active--;
	}
}

const semaphores = new Map<string, Semaphore>();

export function semaphoreFor(key: string, limit: number): Semaphore {
	let s = semaphores.get(key);
	if (!s) {
		s = new Semaphore(limit);
		semaphores.set(key, s);
	}
	s.limit = Math.max(1, limit);
	return s;
}

/** Runs tasks with at most `limit` in flight, keeping result order. */
export async function mapLimit<T, R>(
	items: T[],
	limit: number,
	fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
	const results = new Array<R>(items.length);
	let next = 0;
	const workers = Array.from({ length: Math.min(Math.max(1, limit), items.length) }, async () => {
		while (next < items.length) {
			const i = next++;
			results[i] = await fn(items[i], i);
		}
	});
	await Promise.all(workers);
	return results;
}

export function chunk<T>(items: T[], size: number): T[][] {
	const out: T[][] = [];
	for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
	return out;
}
