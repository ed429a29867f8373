import nock from 'nock';
import { ReLeasedApi } from '../../../credentials/ReLeasedApi.credentials';
import { ReLeasedClient } from '../../../nodes/ReLeased/transport/client';
import { fakeContext } from '../../helpers/fakeContext';

/** Issue 20 case 2 for Re-Leased: pages that skip or repeat records are errors, not short lists. */
const BASE = 'https://api.released.example';
const client = () =>
	new ReLeasedClient(fakeContext(new ReLeasedApi(), { baseUrl: `${BASE}/v1`, apiToken: 'tok-paging-1' }) as never, {
		retry: { maxAttempts: 1, baseDelayMs: 1, maxDelayMs: 1, maxTotalMs: 100 },
	});
const recs = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => ({ id: `inv_${from + i}` }));

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

function answer(pages: Array<{ data: object[]; page?: number; hasMore: boolean }>) {
	let n = 0;
	nock(BASE)
		.get('/v1/invoices')
		.query(true)
		.times(pages.length)
		.reply(() => [200, pages[n++]]);
}

describe('Re-Leased list paging', () => {
	it('reads every page', async () => {
		answer([
			{ data: recs(1, 100), page: 1, hasMore: true },
			{ data: recs(101, 120), page: 2, hasMore: false },
		]);
		expect(await client().list('invoice')).toHaveLength(120);
	});

	it('an answer for another page than the one asked for is an error', async () => {
		answer([
			{ data: recs(1, 100), page: 1, hasMore: true },
			{ data: recs(201, 300), page: 3, hasMore: false },
		]);
		await expect(client().list('invoice')).rejects.toMatchObject({ code: 'PAGING' });
	});

	it('a page repeating records of an earlier page is an error', async () => {
		answer([
			{ data: recs(1, 100), hasMore: true },
			{ data: recs(51, 150), hasMore: false },
		]);
		await expect(client().list('invoice')).rejects.toMatchObject({
			code: 'PAGING',
			message: expect.stringMatching(/again/),
		});
	});
});
