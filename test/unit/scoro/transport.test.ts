import nock from 'nock';
import { ScoroApi } from '../../../credentials/ScoroApi.credentials';
import { SyncError } from '../../../nodes/shared/errors';
import { envelopeError, readError, scoroList, scoroRequest } from '../../../nodes/Scoro/transport';
import { MAX_PER_PAGE, MAX_PER_PAGE_DETAILED } from '../../../nodes/Scoro/transport/contract';
import { apiBaseUrl } from '../../../nodes/Scoro/transport/url';
import { fakeContext } from '../../helpers/fakeContext';

const KEY = 'ScoroAPI_unit_secret_42';
const creds = { siteUrl: 'https://acme.scoro.com', apiKey: KEY, companyAccountId: 'acme', language: 'eng' };
const fast = { maxAttempts: 4, baseDelayMs: 1, maxDelayMs: 5, maxTotalMs: 2_000 };

function ctx() {
	return fakeContext(new ScoroApi(), creds);
}

afterEach(() => {
	nock.cleanAll();
});
beforeAll(() => nock.disableNetConnect());
afterAll(() => nock.enableNetConnect());

describe('apiBaseUrl', () => {
	it.each([
		['acme', 'https://acme.scoro.com/api/v2'],
		['https://acme.scoro.com', 'https://acme.scoro.com/api/v2'],
		['https://acme.scoro.com/', 'https://acme.scoro.com/api/v2'],
		['https://acme.scoro.ee/api/v2', 'https://acme.scoro.ee/api/v2'],
		['http://127.0.0.1:5680/scoro', 'http://127.0.0.1:5680/scoro/api/v2'],
	])('%s -> %s', (input, expected) => expect(apiBaseUrl(input)).toBe(expected));

	it('rejects what is neither a subdomain nor a URL, naming it', () => {
		expect(() => apiBaseUrl('acme corp')).toThrow(/acme corp/);
		expect(() => apiBaseUrl('')).toThrow(/Site URL/);
	});
});

describe('credential authenticate', () => {
	it('adds key, company and language to the JSON body and the base URL, keeping the node body', async () => {
		const out = await new ScoroApi().authenticate(creds, { url: '/invoices/list', method: 'POST', body: { page: 2 } });
		expect(out.url).toBe('https://acme.scoro.com/api/v2/invoices/list');
		expect(out.body).toEqual({ page: 2, apiKey: KEY, company_account_id: 'acme', lang: 'eng' });
	});
});

describe('scoroRequest', () => {
	it('POSTs the envelope to <site>/api/v2/<module>/<action>/<id> and returns data', async () => {
		let seen: Record<string, unknown> = {};
		nock('https://acme.scoro.com')
			.post('/api/v2/invoices/view/7', (b) => ((seen = b), true))
			.reply(200, { status: 'OK', statusCode: 200, messages: null, data: { id: 7, no: 1007 } });
		const env = await scoroRequest(ctx(), { module: 'invoices', action: 'view', id: 7, idempotent: true });
		expect(env.data).toEqual({ id: 7, no: 1007 });
		expect(seen).toEqual({ apiKey: KEY, company_account_id: 'acme', lang: 'eng' });
	});

	it('surfaces Scoro messages from a 200 answer with an error envelope, without the key', async () => {
		nock('https://acme.scoro.com')
			.post('/api/v2/bills/modify/3')
			.reply(200, {
				status: 'ERROR',
				statusCode: 400,
				messages: { error: ['date: bad value', `echo ${KEY}`] },
				data: null,
			});
		const err = await scoroRequest(ctx(), {
			module: 'bills',
			action: 'modify',
			id: 3,
			body: { request: {} },
			idempotent: false,
		}).catch((e) => e);
		expect(err).toBeInstanceOf(SyncError);
		expect(err.code).toBe('400');
		expect(err.message).toContain('date: bad value');
		expect(`${err.message} ${err.details}`).not.toContain(KEY);
	});

	it('retries a 429 burst honouring Retry-After, then succeeds', async () => {
		nock('https://acme.scoro.com')
			.post('/api/v2/contacts/list')
			.reply(
				429,
				{ status: 'ERROR', statusCode: 429, messages: { error: ['Too many requests'] } },
				{ 'Retry-After': '0' },
			)
			.post('/api/v2/contacts/list')
			.reply(200, { status: 'ok', statusCode: 200, data: [{ contact_id: 1 }] });
		const env = await scoroRequest(ctx(), { module: 'contacts', action: 'list', idempotent: true, retry: fast });
		expect(env.data).toEqual([{ contact_id: 1 }]);
	});

	it('retries a 429 even for a non-idempotent write (the request was refused, not processed)', async () => {
		const scope = nock('https://acme.scoro.com')
			.post('/api/v2/invoices/modify')
			.reply(429, { status: 'ERROR', statusCode: 429, messages: { error: ['Too many requests'] } })
			.post('/api/v2/invoices/modify')
			.reply(200, { status: 'OK', statusCode: 200, data: { id: 9 } });
		await scoroRequest(ctx(), {
			module: 'invoices',
			action: 'modify',
			body: { request: {} },
			idempotent: false,
			retry: fast,
		});
		expect(scope.isDone()).toBe(true);
	});

	it('stops at once with a DAILY_QUOTA error naming the quota and its reset', async () => {
		const scope = nock('https://acme.scoro.com')
			.post('/api/v2/invoices/list')
			.once()
			.reply(
				429,
				{ status: 'ERROR', statusCode: 429, messages: { error: ['Daily API request limit of 500 requests reached'] } },
				{ 'x-ratelimit-reset': '1795910400' },
			);
		const err = await scoroRequest(ctx(), { module: 'invoices', action: 'list', idempotent: true, retry: fast }).catch(
			(e) => e,
		);
		expect(scope.isDone()).toBe(true);
		expect(err.code).toBe('DAILY_QUOTA');
		expect(err.message).toMatch(/daily API request quota is spent/);
		expect(err.message).toContain(new Date(1795910400 * 1000).toISOString());
	});

	it('does not retry a failed create after a 5xx (outcome unknown)', async () => {
		const scope = nock('https://acme.scoro.com').post('/api/v2/invoices/modify').once().reply(502, 'Bad gateway');
		const err = await scoroRequest(ctx(), {
			module: 'invoices',
			action: 'modify',
			body: { request: {} },
			idempotent: false,
			retry: fast,
		}).catch((e) => e);
		expect(scope.isDone()).toBe(true);
		expect(err.code).toBe('502');
	});

	it('explains an HTML answer (unknown subdomain) by pointing at the Site URL', async () => {
		nock('https://acme.scoro.com')
			.post('/api/v2/users/list')
			.reply(200, '<html><body>Not found</body></html>', { 'content-type': 'text/html' });
		const err = await scoroRequest(ctx(), { module: 'users', action: 'list', idempotent: true, retry: fast }).catch(
			(e) => e,
		);
		expect(err.code).toBe('NOT_JSON');
		expect(err.message).toMatch(/Site URL/);
	});

	it('never lets a network error carry the key', async () => {
		nock('https://acme.scoro.com')
			.post('/api/v2/users/list')
			.times(4)
			.replyWithError({ code: 'ECONNRESET', message: `socket hang up ${KEY}` });
		const err = await scoroRequest(ctx(), { module: 'users', action: 'list', idempotent: true, retry: fast }).catch(
			(e) => e,
		);
		expect(err).toBeInstanceOf(SyncError);
		expect(JSON.stringify({ m: err.message, d: err.details })).not.toContain(KEY);
	});
});

describe('envelope readers', () => {
	it('accepts ok in any casing and flags errors, non-200 statusCode and errors objects', () => {
		expect(envelopeError({ status: 'OK', statusCode: 200, data: [] })).toBeUndefined();
		expect(envelopeError({ status: 'ok', statusCode: 200, data: [] })).toBeUndefined();
		expect(envelopeError({ status: 'OK', statusCode: 200, errors: { no: ['taken'] }, data: null })?.message).toBe(
			'no: taken',
		);
		expect(envelopeError({ status: 'OK', statusCode: 404, data: null })?.code).toBe('404');
	});
	it('reads plain-text and HTML error bodies', () => {
		expect(readError(503, '<h1>Service Unavailable</h1>')).toEqual({
			code: '503',
			message: 'Service Unavailable',
			status: 503,
		});
	});
});

describe('scoroList paging', () => {
	function pages(total: number, cap: number) {
		const bodies: Array<Record<string, unknown>> = [];
		nock('https://acme.scoro.com')
			.persist()
			.post('/api/v2/contacts/list', (b) => (bodies.push(b), true))
			.reply(200, (_uri, b) => {
				const { page, per_page } = b as { page: number; per_page: number };
				const size = Math.min(per_page, cap);
				const rows = Array.from({ length: total }, (_, i) => ({ contact_id: i + 1 })).slice(
					(page - 1) * size,
					page * size,
				);
				return { status: 'OK', statusCode: 200, data: rows };
			});
		return bodies;
	}

	it('reads every page at the cap and stops on the short page', async () => {
		const bodies = pages(250, MAX_PER_PAGE);
		const rows = await scoroList(ctx(), 'contacts');
		expect(rows.map((r) => r.contact_id)).toEqual(Array.from({ length: 250 }, (_, i) => i + 1));
		expect(bodies.map((b) => [b.page, b.per_page])).toEqual([
			[1, 100],
			[2, 100],
			[3, 100],
		]);
	});

	it('uses the smaller page size for detailed responses', async () => {
		const bodies = pages(25, MAX_PER_PAGE_DETAILED);
		const rows = await scoroList(ctx(), 'contacts', { detailed: true });
		expect(rows).toHaveLength(25);
		expect(bodies.every((b) => b.per_page === MAX_PER_PAGE_DETAILED && b.detailed_response === true)).toBe(true);
		expect(bodies).toHaveLength(3);
	});

	it('stops at the limit without reading further pages', async () => {
		const bodies = pages(250, MAX_PER_PAGE);
		const rows = await scoroList(ctx(), 'contacts', { limit: 30 });
		expect(rows).toHaveLength(30);
		expect(bodies).toHaveLength(1);
		expect(bodies[0].per_page).toBe(30);
	});

	it('keeps reading past pages a client-side filter empties', async () => {
		pages(250, MAX_PER_PAGE);
		const rows = await scoroList(ctx(), 'contacts', { keep: (r) => Number(r.contact_id) > 240 });
		expect(rows.map((r) => r.contact_id)).toEqual([241, 242, 243, 244, 245, 246, 247, 248, 249, 250]);
	});

	it('sends filter and include_deleted', async () => {
		const bodies = pages(3, MAX_PER_PAGE);
		await scoroList(ctx(), 'contacts', {
			filter: { modified_date: { from_date: '2026-01-01' } },
			includeDeleted: true,
		});
		expect(bodies[0]).toMatchObject({ filter: { modified_date: { from_date: '2026-01-01' } }, include_deleted: '1' });
	});
});
