import fc from 'fast-check';
import { chunk, mapLimit, Semaphore } from '../../../nodes/shared/concurrency';
import { idempotencyKey } from '../../../nodes/shared/idempotency';
import { collectPages, MAX_PAGES } from '../../../nodes/shared/paging';
import { pollChanges } from '../../../nodes/shared/polling';
import { redactObject, redactText } from '../../../nodes/shared/redact';
import { hmacSha256, isFresh, rememberDelivery, safeEqual } from '../../../nodes/shared/signature';

describe('idempotency keys', () => {
	it('are deterministic, distinct per version, and fit Intacct controlid', () => {
		fc.assert(
			fc.property(fc.string(), fc.string({ maxLength: 400 }), fc.nat(), (sys, id, v) => {
				const k = idempotencyKey(sys, id, v);
				expect(k).toBe(idempotencyKey(sys, id, v));
				expect(k.length).toBeLessThanOrEqual(256);
				expect(k).not.toBe(idempotencyKey(sys, id, v + 1));
			}),
		);
	});
});

describe('paging', () => {
	it('follows cursors until the end or the limit', async () => {
		const pages = [[1, 2], [3, 4], [5]];
		const fetch = async (cursor: number | undefined) => ({
			items: pages[cursor ?? 0],
			next: (cursor ?? 0) + 1 < pages.length ? (cursor ?? 0) + 1 : undefined,
		});
		expect(await collectPages(fetch)).toEqual([1, 2, 3, 4, 5]);
		expect(await collectPages(fetch, 3)).toEqual([1, 2, 3]);
	});
	it('is bounded even if a server always says there is more', async () => {
		let calls = 0;
		await collectPages(async () => {
			calls++;
			return { items: [1], next: 1 };
		});
		expect(calls).toBe(MAX_PAGES);
	});
});

describe('polling cursor', () => {
	const rec = (id: string, m: string) => ({ id, m });
	it('starts from now on the first run, then emits each change once despite the overlap', async () => {
		const state: Record<string, any> = {};
		let since = '';
		const db = [rec('a', '2026-01-01T10:00:00Z')];
		const poll = (now: string) =>
			pollChanges({
				state,
				now: Date.parse(now),
				overlapMs: 60_000,
				fetchSince: async (s) => {
					since = s;
					return db.filter((r) => r.m >= s);
				},
				idOf: (r) => r.id,
				modifiedOf: (r) => r.m,
			});
		expect(await poll('2026-01-01T10:00:30Z')).toEqual([]);
		db.push(rec('b', '2026-01-01T10:01:00Z'));
		expect((await poll('2026-01-01T10:02:00Z')).map((r) => r.id)).toEqual(['b']);
		expect(since).toBe('2026-01-01T09:59:30.000Z');
		expect(await poll('2026-01-01T10:03:00Z')).toEqual([]);
		db[1] = rec('b', '2026-01-01T10:03:30Z');
		expect((await poll('2026-01-01T10:04:00Z')).map((r) => r.id)).toEqual(['b']);
	});
	it('looks back on the first run when asked, and manual mode leaves the cursor alone', async () => {
		const state: Record<string, any> = {};
		const db = [rec('a', '2026-01-01T09:00:00Z')];
		const args = {
			state,
			now: Date.parse('2026-01-01T10:00:00Z'),
			lookbackMs: 2 * 3600_000,
			fetchSince: async (s: string) => db.filter((r) => r.m >= s),
			idOf: (r: any) => r.id,
			modifiedOf: (r: any) => r.m,
		};
		expect(await pollChanges({ ...args, manual: true })).toHaveLength(1);
		expect(state.cursor).toBeUndefined();
		expect((await pollChanges(args)).map((r) => r.id)).toEqual(['a']);
	});
});

describe('signatures and redaction', () => {
	it('compares in constant time and checks freshness', () => {
		const sig = hmacSha256('secret', 'payload');
		expect(safeEqual(sig, hmacSha256('secret', 'payload'))).toBe(true);
		expect(safeEqual(sig, hmacSha256('other', 'payload'))).toBe(false);
		expect(safeEqual(sig, 'short')).toBe(false);
		expect(isFresh(1000, 300_000, 1000 + 299_000)).toBe(true);
		expect(isFresh(1000, 300_000, 1000 + 301_000)).toBe(false);
	});
	it('remembers deliveries with a bound', () => {
		const store: Record<string, unknown> = {};
		expect(rememberDelivery(store, 'd1', 2)).toBe(true);
		expect(rememberDelivery(store, 'd1', 2)).toBe(false);
		rememberDelivery(store, 'd2', 2);
		rememberDelivery(store, 'd3', 2);
		expect(rememberDelivery(store, 'd1', 2)).toBe(true);
	});
	it('masks secrets by value and by name', () => {
		expect(redactText('<password>abc</password> key=topsecret', ['topsecret'])).toBe(
			'<password>***</password> key=***',
		);
		expect(redactObject({ apiKey: 'k', nested: { client_secret: 's', name: 'n' } })).toEqual({
			apiKey: '***',
			nested: { client_secret: '***', name: 'n' },
		});
	});
});

describe('concurrency', () => {
	it('semaphore and mapLimit bound parallelism and keep order', async () => {
		const s = new Semaphore(2);
		let active = 0;
		let peak = 0;
		const out = await mapLimit([1, 2, 3, 4, 5], 5, (n) =>
			s.run(async () => {
				active++;
				peak = Math.max(peak, active);
				await new Promise((r) => setTimeout(r, 5));
				active--;
				return n * 2;
			}),
		);
		expect(out).toEqual([2, 4, 6, 8, 10]);
		expect(peak).toBe(2);
		expect(chunk([1, 2, 3], 2)).toEqual([[1, 2], [3]]);
	});
});
