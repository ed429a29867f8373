import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startSandbox, type Sandbox } from '../../../sandbox/server';
import { createOfficeRndSystem, OFFICERND_SANDBOX_CREDENTIALS as C, SEED_IDS } from '../../../sandbox/officernd';
import { verifySignature } from '../../../nodes/OfficeRnd/transport/signature';

let sandbox: Sandbox;
let base: string;
let api: string;

beforeAll(async () => {
	sandbox = await startSandbox({ systems: [createOfficeRndSystem] });
	base = sandbox.systemUrl('officernd');
	api = `${base}/api/v2/organizations/${C.orgSlug}`;
});
afterAll(async () => await sandbox.close());
beforeEach(() => sandbox.reset());

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
async function token(scope?: string, client: { clientId: string; clientSecret: string } = C): Promise<string> {
	const res = await fetch(`${base}/oauth/token`, {
		method: 'POST',
		headers: { 'content-type': 'application/x-www-form-urlencoded' },
		body: form({
			client_id: client.clientId,
			client_secret: client.clientSecret,
			grant_type: 'client_credentials',
			...(scope ? { scope } : {}),
		}),
	});
	expect(res.status).toBe(200);
	return ((await res.json()) as { access_token: string }).access_token;
}
async function call(method: string, path: string, bearer: string, body?: unknown) {
	const res = await fetch(`${api}${path}`, {
		method,
		headers: { authorization: `Bearer ${bearer}`, ...(body ? { 'content-type': 'application/json' } : {}) },
		body: body ? JSON.stringify(body) : undefined,
	});
	return { status: res.status, body: (await res.json()) as any };
}

describe('token endpoint (client credentials)', () => {
	it('issues an expiring bearer token for form-encoded credentials, and for a Basic header', async () => {
		const res = await fetch(`${base}/oauth/token`, {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			body: form({
				client_id: C.clientId,
				client_secret: C.clientSecret,
				grant_type: 'client_credentials',
				scope: 'flex.billing.payments.read',
			}),
		});
		const body = (await res.json()) as Record<string, unknown>;
		expect(res.status).toBe(200);
		expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 3599, scope: 'flex.billing.payments.read' });
		const basic = await fetch(`${base}/oauth/token`, {
			method: 'POST',
			headers: {
				'content-type': 'application/x-www-form-urlencoded',
				authorization: `Basic ${Buffer.from(`${C.clientId}:${C.clientSecret}`).toString('base64')}`,
			},
			body: form({ grant_type: 'client_credentials' }),
		});
		expect(basic.status).toBe(200);
	});

	it('refuses a wrong secret (401), another grant (400), JSON bodies (400), and scopes the application lacks (400)', async () => {
		const post = (body: string, type = 'application/x-www-form-urlencoded') =>
			fetch(`${base}/oauth/token`, { method: 'POST', headers: { 'content-type': type }, body });
		expect(
			(await post(form({ client_id: C.clientId, client_secret: 'nope', grant_type: 'client_credentials' }))).status,
		).toBe(401);
		expect(
			(await post(form({ client_id: C.clientId, client_secret: C.clientSecret, grant_type: 'password' }))).status,
		).toBe(400);
		expect((await post(JSON.stringify({ client_id: C.clientId }), 'application/json')).status).toBe(400);
		const ro = await post(
			form({
				client_id: C.readOnly.clientId,
				client_secret: C.readOnly.clientSecret,
				grant_type: 'client_credentials',
				scope: 'flex.billing.charges.create',
			}),
		);
		expect(ro.status).toBe(400);
		expect(await ro.json()).toMatchObject({ error: 'invalid_scope' });
	});

	it('answers the generic 401 for a missing scope, an unknown token and an expired one', async () => {
		const narrow = await token('flex.billing.payments.read');
		expect((await call('GET', '/payments', narrow)).status).toBe(200);
		const denied = await call('GET', '/companies', narrow);
		expect(denied).toEqual({
			status: 401,
			body: { statusCode: 401, message: 'Unauthorized access', error: 'Unauthorized' },
		});
		expect((await call('GET', '/payments', 'not-a-token')).status).toBe(401);
		sandbox.state.clock.advance(3600);
		expect((await call('GET', '/payments', narrow)).status).toBe(401);
	});
});

describe('v2 collections', () => {
	it('seeds an operator with 3 locations in two currencies and invoices in every status', async () => {
		const t = await token();
		const locations = (await call('GET', '/locations', t)).body.results;
		expect(locations).toHaveLength(3);
		const docs = (await call('GET', '/payments?$limit=50', t)).body.results as Array<Record<string, unknown>>;
		const invoiceStatuses = new Set(docs.filter((d) => d.documentType === 'invoice').map((d) => d.status));
		for (const s of ['draft', 'pending', 'awaiting_payment', 'partially_paid', 'paid', 'failed', 'refunded', 'voided'])
			expect(invoiceStatuses).toContain(s);
		expect(new Set(docs.map((d) => d.currency))).toEqual(new Set(['GBP', 'EUR']));
		expect(docs.some((d) => d.documentType === 'creditNote')).toBe(true);
		expect(docs.some((d) => d.documentType === 'overpayment')).toBe(true);
		for (const d of docs) expect(d._id).toMatch(/^[0-9a-f]{24}$/);
	});

	it('pages with $limit (capped at 50) and an opaque cursorNext, bound to the query', async () => {
		const t = await token();
		const first = (await call('GET', '/payments?$limit=5', t)).body;
		expect(first.results).toHaveLength(5);
		expect(first).toMatchObject({ rangeStart: 1, rangeEnd: 5, cursorPrev: null });
		const second = (await call('GET', `/payments?$limit=5&$cursorNext=${first.cursorNext}`, t)).body;
		expect(second.results[0].number).toBe('INV-0006');
		expect((await call('GET', `/payments?status=paid&$cursorNext=${first.cursorNext}`, t)).status).toBe(400);
		expect((await call('GET', '/payments?$limit=500', t)).body.results.length).toBeLessThanOrEqual(50);
	});

	it('filters with equality, [$in] and date comparisons, and rejects comma lists and unknown fields', async () => {
		const t = await token();
		const inList = (await call('GET', '/payments?documentType[$in]=creditNote,overpayment', t)).body.results;
		expect(inList.map((d: any) => d.number).sort()).toEqual(['CN-0001', 'CN-0002', 'OP-0001']);
		const since = (await call('GET', '/payments?modifiedAt[$gte]=2025-03-12T00:00:00.000Z', t)).body.results;
		expect(since.length).toBeGreaterThan(0);
		expect(since.every((d: any) => d.modifiedAt >= '2025-03-12T00:00:00.000Z')).toBe(true);
		expect(
			(await call('GET', `/payments?company=${SEED_IDS.company.celtic}`, t)).body.results.every(
				(d: any) => d.currency === 'EUR',
			),
		).toBe(true);
		expect((await call('GET', '/payments?status=paid,draft', t)).status).toBe(400);
		expect((await call('GET', '/payments?colour=red', t)).body).toEqual({
			statusCode: 400,
			message: 'property colour should not exist',
			error: 'Bad Request',
		});
	});

	it('validates writes like NestJS and answers unknown ids with 404 and unknown orgs with 500', async () => {
		const t = await token();
		const bad = await call('POST', '/companies', t, { name: 'X', colour: 'red' });
		expect(bad).toEqual({
			status: 400,
			body: { statusCode: 400, message: ['property colour should not exist'], error: 'Bad Request' },
		});
		expect((await call('GET', '/companies/66a0c0ffeeb0000000009999', t)).body).toEqual({
			statusCode: 404,
			message: 'Item with Id (66a0c0ffeeb0000000009999)',
			error: 'Not Found',
		});
		const other = await fetch(`${base}/api/v2/organizations/someone-else/payments`, {
			headers: { authorization: `Bearer ${t}` },
		});
		expect(other.status).toBe(500);
		expect(await other.json()).toMatchObject({ message: 'Organization not found' });
	});

	it('settles an invoice from its charges, and records accounting on an allocation', async () => {
		const t = await token();
		const inv3 = SEED_IDS.invoice(3);
		const before = (await call('GET', `/payments/${inv3}`, t)).body;
		expect(before.status).toBe('partially_paid');
		const charge = await call('POST', '/charges', t, {
			payment: inv3,
			amount: before.payableAmount,
			reference: 'BACS 123',
		});
		expect(charge.status).toBe(201);
		const after = (await call('GET', `/payments/${inv3}`, t)).body;
		expect(after).toMatchObject({ status: 'paid', payableAmount: 0, isPaid: true });
		expect(Date.parse(after.modifiedAt)).toBeGreaterThan(Date.parse(before.modifiedAt));
		const allocationId = after.allocations[0]._id;
		const accounting = {
			provider: 'sageIntacct',
			externalOrgId: 'SANDBOX-CO',
			providerId: 'ARPYMT-7',
			lastSync: '2025-03-20T10:00:00.000Z',
		};
		const put = await call('PUT', `/payments/${inv3}/allocations/${allocationId}/accounting`, t, accounting);
		expect(put.status).toBe(200);
		expect(put.body.allocations[0].accounting).toEqual(accounting);
		expect(
			(await call('PUT', `/payments/${inv3}/allocations/${allocationId}/accounting`, t, { provider: 'x' })).status,
		).toBe(400);
	});

	it('answers 429 in OfficeRnD error shape with Retry-After under fault injection', async () => {
		const t = await token();
		await fetch(`${sandbox.url}/__admin/faults`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({
				system: 'officernd',
				match: 'payments.list',
				type: 'http429',
				retryAfterSeconds: 2,
				count: 1,
			}),
		});
		const res = await fetch(`${api}/payments`, { headers: { authorization: `Bearer ${t}` } });
		expect(res.status).toBe(429);
		expect(res.headers.get('retry-after')).toBe('2');
		expect(await res.json()).toEqual({
			statusCode: 429,
			message: 'ThrottlerException: Too Many Requests',
			error: 'Too Many Requests',
		});
		expect((await call('GET', '/payments', t)).status).toBe(200);
	});
});

describe('signed webhook deliveries', () => {
	let receiver: Server;
	let received: Array<{ headers: IncomingMessage['headers']; body: string }>;
	let receiverUrl: string;
	beforeAll(async () => {
		receiver = createServer((req, res) => {
			const chunks: Buffer[] = [];
			req.on('data', (c: Buffer) => chunks.push(c));
			req.on('end', () => {
				received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
				res.writeHead(200).end('ok');
			});
		});
		await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
		receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
	});
	afterAll(async () => await new Promise((r) => receiver.close(r)));
	beforeEach(() => (received = []));

	it('signs API and admin changes with the secret returned at registration', async () => {
		const t = await token();
		const hook = await call('POST', '/webhooks', t, {
			url: receiverUrl,
			eventTypes: ['invoice.updated', 'company.updated'],
		});
		expect(hook.status).toBe(201);
		expect(hook.body.secret).toMatch(/^[0-9a-f]{48}$/);
		expect((await call('GET', '/webhooks', t)).body.results[0].secret).toBeUndefined();

		await call('PUT', `/payments/${SEED_IDS.invoice(1)}`, t, { reference: 'April office' });
		await fetch(`${sandbox.url}/__admin/records/officernd/companies`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ id: SEED_IDS.company.acme, fields: { name: 'Acme Analytics Group' } }),
		});
		await fetch(`${sandbox.url}/__admin/officernd/deliveries/idle`);
		expect(received.map((r) => JSON.parse(r.body).eventType)).toEqual(['invoice.updated', 'company.updated']);
		for (const r of received) {
			expect(verifySignature(r.headers['officernd-signature'], r.body, hook.body.secret).ok).toBe(true);
		}
		const first = JSON.parse(received[0].body);
		expect(first.data.object).toMatchObject({ _id: SEED_IDS.invoice(1), reference: 'April office' });
		expect(first.data.previousAttributes).toMatchObject({ reference: 'Private Office 12 - April' });
	});

	it('sends tampered, unsigned, stale and replayed deliveries on request', async () => {
		const t = await token();
		const hook = await call('POST', '/webhooks', t, { url: receiverUrl, eventTypes: ['invoice.updated'] });
		const deliver = async (extra: object) =>
			(await (
				await fetch(`${sandbox.url}/__admin/officernd/deliver`, {
					method: 'POST',
					headers: { 'content-type': 'application/json' },
					body: JSON.stringify({ collection: 'payments', id: SEED_IDS.invoice(5), ...extra }),
				})
			).json()) as { id: number };
		const good = await deliver({});
		await deliver({ tamper: 'bodyChanged' });
		await deliver({ tamper: 'unsigned' });
		await deliver({ timestampOffsetSeconds: -600 });
		await deliver({ replayOf: good.id });
		const checks = received.map((r) => verifySignature(r.headers['officernd-signature'], r.body, hook.body.secret));
		expect(checks.map((c) => (c.ok ? 'ok' : c.reason))).toEqual(['ok', 'mismatch', 'missing', 'stale', 'ok']);
		expect(received[4].body).toBe(received[0].body);
	});

	it('never delivers off this machine', async () => {
		const t = await token();
		await call('POST', '/webhooks', t, { url: 'https://example.com/hook', eventTypes: ['invoice.updated'] });
		await call('PUT', `/payments/${SEED_IDS.invoice(1)}`, t, { reference: 'x' });
		const log = (await (await fetch(`${sandbox.url}/__admin/officernd/deliveries`)).json()) as Array<{
			status: unknown;
		}>;
		expect(log.at(-1)?.status).toBe('refused');
	});
});
