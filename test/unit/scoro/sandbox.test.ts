import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ScoroApi } from '../../../credentials/ScoroApi.credentials';
import { scoroList, scoroRequest } from '../../../nodes/Scoro/transport';
import { startSandbox, type Sandbox } from '../../../sandbox/server';
import { SCORO_SANDBOX_CREDENTIALS, SCORO_SEED } from '../../../sandbox/scoro';
import { createScoroSystem } from '../../../sandbox/scoro';
import { fakeContext } from '../../helpers/fakeContext';

let sandbox: Sandbox;
const fast = { maxAttempts: 4, baseDelayMs: 1, maxDelayMs: 5, maxTotalMs: 5_000 };

function ctx(overrides: Record<string, string> = {}) {
	return fakeContext(new ScoroApi(), {
		siteUrl: sandbox.systemUrl('scoro'),
		...SCORO_SANDBOX_CREDENTIALS,
		...overrides,
	});
}
async function admin(path: string, body?: unknown, method = body === undefined ? 'GET' : 'POST') {
	const res = await fetch(`${sandbox.url}/__admin${path}`, {
		method,
		headers: { 'content-type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	return (await res.json()) as any;
}
async function raw(path: string, body: unknown) {
	const res = await fetch(`${sandbox.systemUrl('scoro')}/api/v2${path}`, {
		method: 'POST',
		body: JSON.stringify(body),
	});
	return { status: res.status, headers: res.headers, body: (await res.json()) as any };
}
const auth = {
	apiKey: SCORO_SANDBOX_CREDENTIALS.apiKey,
	company_account_id: SCORO_SANDBOX_CREDENTIALS.companyAccountId,
};

beforeAll(async () => {
	sandbox = await startSandbox({ port: 0, systems: [createScoroSystem] });
});
afterAll(async () => sandbox.close());
beforeEach(() => sandbox.reset());

describe('Scoro sandbox', () => {
	it('answers the v2 envelope, lines null on list and filled on view', async () => {
		const list = await raw('/invoices/list', { ...auth, per_page: 2 });
		expect(list.status).toBe(200);
		expect(list.body).toMatchObject({ status: 'OK', statusCode: 200 });
		expect(list.body.data).toHaveLength(2);
		expect(list.body.data[0].lines).toBeNull();
		const view = await raw('/invoices/view/3', auth);
		expect(view.body.data.lines).toHaveLength(3);
		// 150*40 + 25*10 + 80 = 6330 net; VAT 20% on the first two = 1250
		expect(view.body.data).toMatchObject({
			sum: 6330,
			vat_sum: 1250,
			modified_date: expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/),
		});
	});

	it('rejects a wrong key or company with Scoro error format', async () => {
		const bad = await raw('/users/list', { ...auth, apiKey: 'nope' });
		expect(bad.status).toBe(401);
		expect(bad.body).toEqual({
			status: 'ERROR',
			statusCode: 401,
			messages: { error: ['Invalid API key'] },
			data: null,
		});
		const token = await raw('/users/list', { company_account_id: auth.company_account_id, user_token: 'anything' });
		expect(token.status).toBe(401);
		const err = await scoroRequest(ctx({ companyAccountId: 'other' }), {
			module: 'users',
			action: 'list',
			idempotent: true,
		}).catch((e) => e);
		expect(err.message).toMatch(/Unknown company account "other"/);
	});

	it('caps per_page at 100, and at the smaller cap for detailed responses', async () => {
		for (let i = 0; i < 120; i++)
			await admin('/records/scoro/contacts', { fields: { name: `Bulk ${i}`, contact_type: 'company' } });
		const big = await raw('/contacts/list', { ...auth, per_page: 500 });
		expect(big.body.data).toHaveLength(100);
		const detailed = await raw('/contacts/list', { ...auth, per_page: 500, detailed_response: true });
		expect(detailed.body.data).toHaveLength(10);
		const all = await scoroList(ctx(), 'contacts');
		expect(all).toHaveLength(120 + SCORO_SEED.contacts.length);
		const counts = await admin('/requests?system=scoro');
		expect(counts.filter((e: any) => e.operation === 'contacts/list').length).toBeGreaterThanOrEqual(2 + 2);
	});

	it('filters on modified_date with from_date/to_date', async () => {
		const rows = await scoroList(ctx(), 'invoices', {
			filter: { modified_date: { from_date: '2026-10-01', to_date: '2026-10-05' } },
		});
		expect(rows.map((r) => r.id)).toEqual([5, 6]);
	});

	it('replaces the whole line collection when lines are sent, keeps them when not', async () => {
		const keep = await scoroRequest<any>(ctx(), {
			module: 'invoices',
			action: 'modify',
			id: 3,
			body: { request: { description: 'x' } },
			idempotent: false,
		});
		expect(keep.data.lines).toHaveLength(3);
		const replaced = await scoroRequest<any>(ctx(), {
			module: 'invoices',
			action: 'modify',
			id: 3,
			body: {
				request: { lines: [{ comment: 'Only line', price: 10, amount: 2, vat_code_id: 1, finance_account_id: 2 }] },
			},
			idempotent: false,
		});
		expect(replaced.data.lines).toHaveLength(1);
		expect(replaced.data).toMatchObject({ sum: 20, vat_sum: 4 });
	});

	it('validates references and names the field', async () => {
		const err = await scoroRequest(ctx(), {
			module: 'invoices',
			action: 'modify',
			body: { request: { company_id: 999, lines: [{ price: 1, amount: 1, finance_account_id: 77 }] } },
			idempotent: false,
		}).catch((e) => e);
		expect(err.message).toContain('company_id: contacts with ID 999 does not exist');
		expect(err.message).toContain('lines[0].finance_account_id: financeAccounts with ID 77 does not exist');
	});

	it('links credit invoices and protects the credited invoice from deletion', async () => {
		const credit = await scoroRequest<any>(ctx(), {
			module: 'invoices',
			action: 'modify',
			body: {
				request: {
					company_id: 2,
					credited_invoices: [5],
					lines: [{ price: 900, amount: -1, vat_code_id: 3, finance_account_id: 2 }],
				},
			},
			idempotent: false,
		});
		expect(credit.data.credited_invoices).toEqual([5]);
		const err = await scoroRequest(ctx(), { module: 'invoices', action: 'delete', id: 5, idempotent: true }).catch(
			(e) => e,
		);
		expect(err.message).toMatch(/credited by invoice/);
	});

	it('a receipt settles the invoice it pays (900 net + 5% VAT = 945)', async () => {
		await scoroRequest(ctx(), {
			module: 'receipts',
			action: 'modify',
			body: {
				request: {
					date: '2026-10-20',
					contact_id: 1,
					sales_doc_type: 'invoices',
					receipts: [{ invoice_id: 7, sum: 945 }],
				},
			},
			idempotent: false,
		});
		const inv = await scoroRequest<any>(ctx(), { module: 'invoices', action: 'view', id: 7, idempotent: true });
		expect(inv.data).toMatchObject({ status: 'paid', paid_sum: 945, receivable_sum: 0 });
	});

	it('soft-deletes: gone from list and view, back with include_deleted', async () => {
		await scoroRequest(ctx(), { module: 'bills', action: 'delete', id: 4, idempotent: true });
		expect((await scoroList(ctx(), 'bills')).map((b) => b.id)).not.toContain(4);
		const withDeleted = await scoroList(ctx(), 'bills', { includeDeleted: true });
		expect(withDeleted.find((b) => b.id === 4)).toMatchObject({ is_deleted: true });
		const err = await scoroRequest(ctx(), { module: 'bills', action: 'view', id: 4, idempotent: true }).catch((e) => e);
		expect(err.code).toBe('404');
	});

	it('answers 429 bursts under fault injection with Retry-After and reset headers', async () => {
		await admin('/faults', { system: 'scoro', type: 'http429', retryAfterSeconds: 0, count: 2 });
		const res = await raw('/users/list', auth);
		expect(res.status).toBe(429);
		expect(res.headers.get('retry-after')).toBe('0');
		expect(res.headers.get('x-ratelimit-reset')).toMatch(/^\d+$/);
		expect(res.body.statusCode).toBe(429);
		const env = await scoroRequest<any[]>(ctx(), { module: 'users', action: 'list', idempotent: true, retry: fast });
		expect(env.data.length).toBe(SCORO_SEED.users.length);
	});

	it('enforces a daily quota set through the admin API', async () => {
		await admin('/scoro/quota', { limit: 2 });
		await raw('/users/list', auth);
		await raw('/users/list', auth);
		const third = await raw('/users/list', auth);
		expect(third.status).toBe(429);
		expect(third.body.messages.error[0]).toMatch(/Daily API request limit of 2/);
		const err = await scoroRequest(ctx(), { module: 'users', action: 'list', idempotent: true, retry: fast }).catch(
			(e) => e,
		);
		expect(err.code).toBe('DAILY_QUOTA');
		await admin('/clock', { advanceSeconds: 86_400 });
		expect((await raw('/users/list', auth)).status).toBe(200);
	});

	describe('webhooks', () => {
		let receiver: Server;
		let received: any[] = [];
		let url = '';
		beforeAll(async () => {
			receiver = createServer((req, res) => {
				let body = '';
				req.on('data', (c) => (body += c));
				req.on('end', () => {
					received.push(JSON.parse(body));
					res.end('ok');
				});
			});
			await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
			url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
		});
		afterAll(async () => new Promise<void>((r) => receiver.close(() => r())));
		beforeEach(() => (received = []));

		it('delivers events to subscribed URLs and stops after unsubscribe', async () => {
			const sub = await scoroRequest<any>(ctx(), {
				module: 'webhooks',
				action: 'subscribe',
				body: { request: { module: 'invoices', action: 'modify', url } },
				idempotent: false,
			});
			await scoroRequest(ctx(), {
				module: 'invoices',
				action: 'modify',
				id: 2,
				body: { request: { description: 'changed' } },
				idempotent: false,
			});
			for (let i = 0; i < 50 && received.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
			expect(received).toHaveLength(1);
			expect(received[0]).toMatchObject({
				webhook_id: sub.data.id,
				module: 'invoices',
				action: 'modify',
				object_id: 2,
				data: { description: 'changed' },
			});
			await scoroRequest(ctx(), { module: 'webhooks', action: 'unsubscribe', id: sub.data.id, idempotent: true });
			await scoroRequest(ctx(), {
				module: 'invoices',
				action: 'modify',
				id: 2,
				body: { request: { description: 'again' } },
				idempotent: false,
			});
			await new Promise((r) => setTimeout(r, 100));
			expect(received).toHaveLength(1);
		});

		it('rejects URLs on unverified domains', async () => {
			await admin('/scoro/domains', { domains: ['hooks.example.com'] });
			const err = await scoroRequest(ctx(), {
				module: 'webhooks',
				action: 'subscribe',
				body: { request: { module: 'bills', action: 'create', url } },
				idempotent: false,
			}).catch((e) => e);
			expect(err.message).toMatch(/domain 127.0.0.1 is not verified/);
		});
	});
});

describe('npm start credentials', () => {
	it('the Scoro sandbox credential of scripts/sandbox-credentials.js opens the simulator', async () => {
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const { sandboxCredentials } = require('../../../scripts/sandbox-credentials.js');
		const entry = sandboxCredentials(sandbox.url).find((c: { type: string }) => c.type === 'scoroApi');
		const env = await scoroRequest<unknown[]>(fakeContext(new ScoroApi(), entry.data), {
			module: 'users',
			action: 'list',
			idempotent: true,
		});
		expect(env.data).toHaveLength(SCORO_SEED.users.length);
	});
});
