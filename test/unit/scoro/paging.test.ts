import nock from 'nock';
import { ScoroApi } from '../../../credentials/ScoroApi.credentials';
import { scoroList } from '../../../nodes/Scoro/transport';
import { fakeContext } from '../../helpers/fakeContext';

/** Issue 20 case 2 for Scoro (no totals): pages that overlap or do not line up are errors, not lists. */
const creds = {
	siteUrl: 'https://acme.scoro.com',
	apiKey: 'ScoroAPI_paging_1',
	companyAccountId: 'acme',
	language: 'eng',
};
const rows = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => ({ id: from + i }));
const ok = (data: object[]) => ({ status: 'OK', statusCode: 200, messages: null, data });

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

function answer(pages: object[][]) {
	nock('https://acme.scoro.com')
		.post('/api/v2/invoices/list')
		.times(pages.length)
		.reply((_uri, body) => [200, ok(pages[Number((body as { page: number }).page) - 1] ?? [])]);
}

describe('Scoro list paging', () => {
	it('reads pages until a short one', async () => {
		answer([rows(1, 100), rows(101, 150)]);
		expect(await scoroList(fakeContext(new ScoroApi(), creds) as never, 'invoices')).toHaveLength(150);
	});

	it('a page that repeats an earlier page (page parameter ignored) is an error', async () => {
		answer([rows(1, 100), rows(1, 100)]);
		await expect(scoroList(fakeContext(new ScoroApi(), creds) as never, 'invoices')).rejects.toMatchObject({
			code: 'PAGING',
			message: expect.stringMatching(/again/),
		});
	});

	it('a page longer than asked for (later pages would not line up) is an error', async () => {
		answer([rows(1, 120)]);
		await expect(
			scoroList(fakeContext(new ScoroApi(), creds) as never, 'invoices', { perPage: 100 }),
		).rejects.toMatchObject({ code: 'PAGING' });
	});
});
