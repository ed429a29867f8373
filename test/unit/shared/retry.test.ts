import { backoffDelay, httpClassifier, parseRetryAfter, withRetry } from '../../../nodes/shared/retry';

const policy = { maxAttempts: 5, baseDelayMs: 100, maxDelayMs: 1000, maxTotalMs: 3000 };

describe('withRetry', () => {
	it('retries transient failures with growing delays and honours Retry-After', async () => {
		const waits: number[] = [];
		let clock = 0;
		let calls = 0;
		const result = await withRetry(
			async () => {
				calls++;
				if (calls === 1) throw { statusCode: 429, response: { headers: { 'retry-after': '0.5' } } };
				if (calls === 2) throw { statusCode: 503 };
				return 'done';
			},
			httpClassifier({ idempotent: true }),
			policy,
			async (ms) => {
				waits.push(ms);
				clock += ms;
			},
			() => clock,
		);
		expect(result).toBe('done');
		expect(calls).toBe(3);
		expect(waits[0]).toBe(500);
		expect(waits[1]).toBeLessThanOrEqual(200);
	});

	it('does not retry a non-idempotent 5xx, or a 400', async () => {
		let calls = 0;
		await expect(
			withRetry(
				async () => {
					calls++;
					throw { statusCode: 500 };
				},
				httpClassifier({ idempotent: false }),
				policy,
				async () => {},
			),
		).rejects.toEqual({ statusCode: 500 });
		expect(calls).toBe(1);
		calls = 0;
		await expect(
			withRetry(
				async () => {
					calls++;
					throw { statusCode: 400 };
				},
				httpClassifier({ idempotent: true }),
				policy,
				async () => {},
			),
		).rejects.toEqual({ statusCode: 400 });
		expect(calls).toBe(1);
	});

	it('stops at the attempt cap and at the total time bound', async () => {
		let calls = 0;
		await expect(
			withRetry(
				async () => {
					calls++;
					throw { statusCode: 503 };
				},
				httpClassifier({ idempotent: true }),
				policy,
				async () => {},
			),
		).rejects.toEqual({ statusCode: 503 });
		expect(calls).toBe(5);
		let clock = 0;
		calls = 0;
		await expect(
			withRetry(
				async () => {
					calls++;
					clock += 1400;
					throw { statusCode: 503, headers: { 'retry-after': '1' } };
				},
				httpClassifier({ idempotent: true }),
				policy,
				async (ms) => {
					clock += ms;
				},
				() => clock,
			),
		).rejects.toBeDefined();
		expect(clock).toBeLessThanOrEqual(3000 + 1400);
		expect(calls).toBeLessThan(5);
	});

	it('retries network errors only when idempotent', async () => {
		const classify = httpClassifier({ idempotent: true });
		expect(classify(Object.assign(new Error('reset'), { code: 'ECONNRESET' })).retry).toBe(true);
		expect(httpClassifier({ idempotent: false })(Object.assign(new Error('reset'), { code: 'ECONNRESET' })).retry).toBe(
			false,
		);
	});

	it('backoff is capped and jittered; Retry-After accepts seconds and dates', () => {
		expect(backoffDelay(10, policy, () => 0.999)).toBeLessThan(1000);
		expect(backoffDelay(1, policy, () => 0.5)).toBe(50);
		expect(parseRetryAfter('3')).toBe(3000);
		expect(parseRetryAfter(new Date(10_000).toUTCString(), 4000)).toBe(6000);
		expect(parseRetryAfter('soon')).toBeUndefined();
	});
});
