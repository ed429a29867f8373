import fc from 'fast-check';
import { compareIds, keyedCreate } from '../../../nodes/shared/safeCreate';
import { isOutcomeUnknown } from '../../../nodes/shared/writeOutcome';

/**
 * Issue 20 case 1, the mechanism on its own: several writers of one record at once (each checks
 * before, writes, checks after) leave exactly `expected` records, whatever the interleaving, as
 * long as IDs follow creation order; a lost answer is confirmed by the key; a failed removal is
 * "outcome unknown" naming the copy.
 */
type Rec = { id: string; key: string };

function fakeSystem() {
	let next = 1;
	const live: Rec[] = [];
	const tick = () => new Promise<void>((r) => setTimeout(r, Math.floor(Math.random() * 3)));
	return {
		live,
		async create(key: string): Promise<Rec> {
			await tick();
			const rec = { id: String(next++), key };
			live.push(rec);
			await tick();
			return rec;
		},
		async copies(key: string): Promise<Rec[]> {
			await tick();
			return live.filter((r) => r.key === key).map((r) => ({ ...r }));
		},
		async remove(id: string): Promise<void> {
			await tick();
			const at = live.findIndex((r) => r.id === id);
			if (at >= 0) live.splice(at, 1);
		},
	};
}

const writer = (sys: ReturnType<typeof fakeSystem>, key: string, expected = 1) =>
	keyedCreate<Rec>({
		system: 'Test',
		where: `record ${key}`,
		send: () => sys.create(key),
		copies: () => sys.copies(key),
		idOf: (r) => r.id,
		remove: (id) => sys.remove(id),
		expected,
	});

describe('keyedCreate', () => {
	it('2 to 6 writers of one record at once leave exactly the expected number of records, and all report one that stays', async () => {
		await fc.assert(
			fc.asyncProperty(fc.integer({ min: 2, max: 6 }), fc.integer({ min: 1, max: 2 }), async (writers, expected) => {
				const sys = fakeSystem();
				const results = await Promise.all(Array.from({ length: writers }, () => writer(sys, 'K', expected)));
				expect(sys.live).toHaveLength(expected);
				for (const r of results) expect(sys.live.map((x) => x.id)).toContain(r.record.id);
			}),
			{ numRuns: 40 },
		);
	});

	it('writes nothing when the record is there already', async () => {
		const sys = fakeSystem();
		await sys.create('K');
		const send = jest.fn();
		const r = await keyedCreate<Rec>({
			system: 'Test',
			where: 'K',
			send,
			copies: () => sys.copies('K'),
			idOf: (x) => x.id,
			remove: (id) => sys.remove(id),
		});
		expect(r.outcome).toBe('existing');
		expect(send).not.toHaveBeenCalled();
	});

	it('a lost answer is confirmed by the one new record with the key (no second send)', async () => {
		const sys = fakeSystem();
		let sends = 0;
		const r = await keyedCreate<Rec>({
			system: 'Test',
			where: 'K',
			send: async () => {
				sends++;
				await sys.create('K');
				throw Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
			},
			copies: () => sys.copies('K'),
			idOf: (x) => x.id,
			remove: (id) => sys.remove(id),
		});
		expect(sends).toBe(1);
		expect(r.confirmedByLookup).toBe(true);
		expect(sys.live).toHaveLength(1);
	});

	it('when removing the later copy fails: outcome unknown, naming both records', async () => {
		const sys = fakeSystem();
		await sys.create('K'); // written by the other run between our check and our write
		let first = true;
		const error = await keyedCreate<Rec>({
			system: 'Test',
			where: 'record K',
			send: () => sys.create('K'),
			copies: async () => {
				if (first) {
					first = false;
					return [];
				}
				return await sys.copies('K');
			},
			idOf: (x) => x.id,
			remove: async () => {
				throw new Error('503');
			},
		}).catch((e: unknown) => e);
		expect(isOutcomeUnknown(error)).toBe(true);
		expect(String((error as Error).message)).toMatch(/record 1\).*copy 2 failed, so remove it by hand/);
	});

	it('orders numeric IDs by value and others as text', () => {
		expect(compareIds('9', '10')).toBeLessThan(0);
		expect(compareIds('65a0000000000000000000ff', '65a0000000000000000001aa')).toBeLessThan(0);
	});
});
