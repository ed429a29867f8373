import nock from 'nock';
import type { IExecuteFunctions } from 'n8n-workflow';
import { filterQuery, dateFilters, type FilterDef } from '../../../nodes/OfficeRnd/generic/operations';
import { billingDocumentFilters } from '../../../nodes/OfficeRnd/actions/billingDocument/spec';
import { apiList, apiRequest, buildQuery, writableBody } from '../../../nodes/OfficeRnd/transport/client';
import { SyncError } from '../../../nodes/shared/errors';
import { fakeOAuthContext } from './fakeContext';

const ORIGIN = 'https://app.officernd.com';
const ORG = '/api/v2/organizations/acme-cowork';
const credentials = {
	orgSlug: 'acme-cowork',
	clientId: 'cid',
	clientSecret: 'top-secret-value',
	baseUrl: 'https://app.officernd.com/api/v2',
};
const record = (n: number) => ({ _id: n.toString(16).padStart(24, '0'), number: `INV-${n}` });

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe('cursor paging', () => {
	it('follows cursorNext with $limit=50 until it is null, in order', async () => {
		const seen: Array<Record<string, string>> = [];
		nock(ORIGIN)
			.get(`${ORG}/payments`)
			.times(3)
			.query((q) => {
				seen.push(q as Record<string, string>);
				return true;
			})
			.reply(function () {
				const q = new URL(this.req.path, ORIGIN).searchParams;
				const page = q.get('$cursorNext') === 'c2' ? 2 : q.get('$cursorNext') === 'c3' ? 3 : 1;
				const results = Array.from({ length: page === 3 ? 7 : 50 }, (_, i) => record((page - 1) * 50 + i + 1));
				return [
					200,
					{
						results,
						cursorNext: page === 1 ? 'c2' : page === 2 ? 'c3' : null,
						cursorPrev: null,
						rangeStart: 1,
						rangeEnd: results.length,
					},
				];
			});
		const ctx = fakeOAuthContext(credentials);
		const out = await apiList(ctx, '/payments', { 'status[$in]': ['paid', 'voided'] });
		expect(out).toHaveLength(107);
		expect(out[0]._id).toBe(record(1)._id);
		expect(out[106]._id).toBe(record(107)._id);
		expect(seen.map((q) => q.$limit)).toEqual(['50', '50', '50']);
		expect(seen.map((q) => q.$cursorNext)).toEqual([undefined, 'c2', 'c3']);
		expect(seen.every((q) => q['status[$in]'] === 'paid,voided')).toBe(true);
	});

	it('stops at the limit without asking for more pages', async () => {
		const scope = nock(ORIGIN)
			.get(`${ORG}/companies`)
			.query((q) => q.$limit === '3' && q.$cursorNext === undefined)
			.reply(200, { results: [record(1), record(2), record(3)], cursorNext: 'more' });
		const out = await apiList(fakeOAuthContext(credentials), '/companies', {}, 3);
		expect(out).toHaveLength(3);
		scope.done();
		expect(nock.pendingMocks()).toHaveLength(0);
	});

	it('accepts an endpoint that answers a bare array', async () => {
		nock(ORIGIN)
			.get(`${ORG}/tax-rates`)
			.query(true)
			.reply(200, [record(1), record(2)]);
		expect(await apiList(fakeOAuthContext(credentials), '/tax-rates')).toHaveLength(2);
	});
});

describe('filters', () => {
	it('turns UI filters into the v2 syntax ([$in], [$gte], [$lt], equality)', () => {
		const query = filterQuery(
			{
				documentType: ['invoice', 'creditNote'],
				status: ['paid'],
				company: '66a0c0ffeeb0000000000001',
				modifiedAtAfter: '2025-03-01T10:00:00+01:00',
				dateBefore: '2025-04-01',
				number: '',
			},
			billingDocumentFilters,
		);
		expect(query).toEqual({
			'documentType[$in]': ['invoice', 'creditNote'],
			'status[$in]': ['paid'],
			company: '66a0c0ffeeb0000000000001',
			'modifiedAt[$gte]': '2025-03-01T09:00:00.000Z',
			'date[$lt]': '2025-04-01T00:00:00.000Z',
		});
	});

	it('never sends comma-joined plain values for multi-value filters', () => {
		const defs: FilterDef[] = [
			{
				field: 'status',
				op: '$in',
				property: { displayName: 'S', name: 'status', type: 'multiOptions', options: [], default: [] },
			},
			...dateFilters('modifiedAt', 'Modified'),
		];
		const qs = buildQuery(filterQuery({ status: ['a', 'b'] }, defs));
		expect(qs).toBe('?status%5B%24in%5D=a%2Cb');
		expect(qs).not.toMatch(/[?&]status=/);
	});

	it('strips fields OfficeRnD sets itself from a whole record', () => {
		expect(
			writableBody({
				_id: 'x',
				name: 'A',
				createdAt: 't',
				createdBy: 'u',
				modifiedAt: 't',
				modifiedBy: 'u',
				properties: { a: '1' },
			}),
		).toEqual({ name: 'A', properties: { a: '1' } });
	});
});

describe('errors and retries', () => {
	const getErr = async (p: Promise<unknown>): Promise<SyncError> => {
		try {
			await p;
		} catch (e) {
			return e as SyncError;
		}
		throw new Error('expected a failure');
	};

	it("reads OfficeRnD's NestJS error body: 404 names the id and says how to fix it", async () => {
		nock(ORIGIN)
			.get(`${ORG}/payments/66a0c0ffeea0000000000099`)
			.reply(404, { statusCode: 404, message: 'Item with Id (66a0c0ffeea0000000000099)', error: 'Not Found' });
		const e = await getErr(
			apiRequest(fakeOAuthContext(credentials), { method: 'GET', path: '/payments/66a0c0ffeea0000000000099' }),
		);
		expect(e).toBeInstanceOf(SyncError);
		expect(e.code).toBe('404 Not Found');
		expect(e.message).toContain('Item with Id (66a0c0ffeea0000000000099)');
		expect(e.details).toMatch(/How to fix: Check the ID/);
	});

	it('joins an array message (400) and masks the client secret if it is echoed', async () => {
		nock(ORIGIN)
			.post(`${ORG}/companies`)
			.reply(400, {
				statusCode: 400,
				message: ['property foo should not exist', 'echo top-secret-value'],
				error: 'Bad Request',
			});
		const e = await getErr(
			apiRequest(fakeOAuthContext(credentials), { method: 'POST', path: '/companies', body: { name: 'A', foo: 1 } }),
		);
		expect(e.message).toContain('property foo should not exist; echo ***');
		expect(`${e.message} ${e.details}`).not.toContain('top-secret-value');
	});

	it('points to the organisation slug on 500 "Organization not found"', async () => {
		nock(ORIGIN)
			.get(`${ORG}/locations`)
			.query(true)
			.reply(500, { statusCode: 500, message: 'Organization not found', error: 'Internal Server Error' });
		const e = await getErr(
			apiRequest(fakeOAuthContext(credentials), {
				method: 'GET',
				path: '/locations',
				query: { $limit: 1 },
				idempotent: false,
			}),
		);
		expect(e.details).toMatch(/organisation slug/);
	});

	it('retries 429 honouring Retry-After, then succeeds', async () => {
		nock(ORIGIN)
			.get(`${ORG}/charges`)
			.query(true)
			.reply(
				429,
				{ statusCode: 429, message: 'ThrottlerException: Too Many Requests', error: 'Too Many Requests' },
				{ 'Retry-After': '0' },
			)
			.get(`${ORG}/charges`)
			.query(true)
			.reply(429, { statusCode: 429, message: 'ThrottlerException: Too Many Requests' }, { 'Retry-After': '0' })
			.get(`${ORG}/charges`)
			.query(true)
			.reply(200, { results: [record(1)], cursorNext: null });
		const ctx = fakeOAuthContext(credentials);
		expect(await apiList(ctx, '/charges')).toHaveLength(1);
		expect(ctx.state.requests).toHaveLength(3);
	});

	it('retries a GET on 503 but never repeats a POST whose outcome is unknown', async () => {
		nock(ORIGIN)
			.get(`${ORG}/fees`)
			.query(true)
			.reply(503, 'down')
			.get(`${ORG}/fees`)
			.query(true)
			.reply(200, { results: [], cursorNext: null });
		const ctx = fakeOAuthContext(credentials);
		await apiList(ctx, '/fees');
		expect(ctx.state.requests).toHaveLength(2);

		nock(ORIGIN).post(`${ORG}/charges`).reply(503, { statusCode: 503, message: 'unavailable' });
		const ctx2 = fakeOAuthContext(credentials);
		const e = await getErr(apiRequest(ctx2, { method: 'POST', path: '/charges', body: { amount: 1 } }));
		expect(e.httpStatus).toBe(503);
		expect(ctx2.state.requests).toHaveLength(1);
	});

	it('lets a 401 reach n8n so the token is fetched again, then carries on', async () => {
		nock(ORIGIN)
			.get(`${ORG}/members/66a0c0ffeed0000000000001`)
			.matchHeader('authorization', 'Bearer token-1')
			.reply(401, { statusCode: 401, message: 'Unauthorized access', error: 'Unauthorized' })
			.get(`${ORG}/members/66a0c0ffeed0000000000001`)
			.matchHeader('authorization', 'Bearer token-2')
			.reply(200, { _id: '66a0c0ffeed0000000000001', name: 'Alice' });
		const ctx = fakeOAuthContext(credentials);
		expect(await apiRequest(ctx, { method: 'GET', path: '/members/66a0c0ffeed0000000000001' })).toEqual({
			_id: '66a0c0ffeed0000000000001',
			name: 'Alice',
		});
		expect(ctx.state.tokenRefreshes).toBe(1);
	});

	it('reports a 401 that survives the new token with the scope it needs', async () => {
		nock(ORIGIN)
			.get(`${ORG}/webhooks`)
			.query(true)
			.times(2)
			.reply(401, { statusCode: 401, message: 'Unauthorized access', error: 'Unauthorized' });
		const e = await getErr(
			apiList(fakeOAuthContext(credentials), '/webhooks', {}, undefined, 'flex.settings.webhooks.read'),
		);
		expect(e.code).toBe('401 Unauthorized');
		expect(e.details).toContain('"flex.settings.webhooks.read"');
		expect(e.details).toContain('401, not 403');
	});

	it('builds URLs from a custom base URL and slug (staging, sandbox)', async () => {
		nock('http://127.0.0.1:5999')
			.get('/officernd/api/v2/organizations/sbx/plans')
			.query({ $limit: '50' })
			.reply(200, { results: [record(5)], cursorNext: null });
		const out = await apiList(
			fakeOAuthContext({ ...credentials, orgSlug: 'sbx', baseUrl: 'http://127.0.0.1:5999/officernd/api/v2/' }),
			'/plans',
		);
		expect(out).toEqual([record(5)]);
	});
});

// Keeps the type import honest: operations receive n8n's execute context.
export type _Ctx = IExecuteFunctions;
