import nock from 'nock';
import { apiList } from '../../../nodes/OfficeRnd/transport/client';
import { fakeOAuthContext } from './fakeContext';

/** Issue 20 case 2 for OfficeRnD: paging never skips or repeats records silently. */
const ORIGIN = 'https://app.officernd.com';
const ORG = '/api/v2/organizations/acme-cowork';
const credentials = {
	orgSlug: 'acme-cowork',
	clientId: 'cid',
	clientSecret: 'top-secret-value',
	baseUrl: 'https://app.officernd.com/api/v2',
};
const record = (n: number) => ({ _id: n.toString(16).padStart(24, '0') });
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => record(from + i));

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

function pages(
	answers: Array<{ results: object[]; cursorNext: string | null; rangeStart?: number; rangeEnd?: number }>,
) {
	let n = 0;
	nock(ORIGIN)
		.get(`${ORG}/charges`)
		.query(true)
		.times(answers.length)
		.reply(() => [200, answers[n++]]);
}

describe('OfficeRnD list paging', () => {
	it('accepts pages whose ranges follow on', async () => {
		pages([
			{ results: range(1, 50), cursorNext: 'c2', rangeStart: 1, rangeEnd: 50 },
			{ results: range(51, 60), cursorNext: null, rangeStart: 51, rangeEnd: 60 },
		]);
		expect(await apiList(fakeOAuthContext(credentials), '/charges')).toHaveLength(60);
	});

	it('a page that skips records (range 101-150 after 1-50) is an error, not a short list', async () => {
		pages([
			{ results: range(1, 50), cursorNext: 'c2', rangeStart: 1, rangeEnd: 50 },
			{ results: range(101, 150), cursorNext: null, rangeStart: 101, rangeEnd: 150 },
		]);
		await expect(apiList(fakeOAuthContext(credentials), '/charges')).rejects.toMatchObject({
			code: 'PAGING',
			message: expect.stringMatching(/skipped/),
		});
	});

	it('a page holding fewer records than its range reports is an error', async () => {
		pages([{ results: range(1, 30), cursorNext: null, rangeStart: 1, rangeEnd: 50 }]);
		await expect(apiList(fakeOAuthContext(credentials), '/charges')).rejects.toMatchObject({
			code: 'PAGING',
			message: expect.stringMatching(/held 30/),
		});
	});

	it('a page repeating records of an earlier page is an error', async () => {
		pages([
			{ results: range(1, 50), cursorNext: 'c2' },
			{ results: range(1, 50), cursorNext: 'c3' },
		]);
		await expect(apiList(fakeOAuthContext(credentials), '/charges')).rejects.toMatchObject({
			code: 'PAGING',
			message: expect.stringMatching(/two pages/),
		});
	});

	it('the same next cursor twice is an error (it would loop over the same page)', async () => {
		pages([
			{ results: range(1, 50), cursorNext: 'c2' },
			{ results: range(51, 100), cursorNext: 'c2' },
		]);
		await expect(apiList(fakeOAuthContext(credentials), '/charges')).rejects.toMatchObject({
			code: 'PAGING',
			message: expect.stringMatching(/same next-page cursor/),
		});
	});
});
