/**
 * The OfficeRnD simulator represents a refund paid out of a credit note the way the reference notes
 * say refunds show up (§2.3): a charge with status "refund" on the credit note. The credit note's
 * credit is used up by its refunds as by its allocations.
 */
import { startSandbox, type Sandbox } from '../../../sandbox/server';
import { createOfficeRndSystem, OFFICERND_SANDBOX_CREDENTIALS as C, SEED_IDS } from '../../../sandbox/officernd';

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

async function token(): Promise<string> {
	const res = await fetch(`${base}/oauth/token`, {
		method: 'POST',
		headers: { 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({
			client_id: C.clientId,
			client_secret: C.clientSecret,
			grant_type: 'client_credentials',
		}).toString(),
	});
	return ((await res.json()) as { access_token: string }).access_token;
}
async function call(method: string, path: string, bearer: string, body?: unknown) {
	const res = await fetch(`${api}${path}`, {
		method,
		headers: { authorization: `Bearer ${bearer}`, ...(body ? { 'content-type': 'application/json' } : {}) },
		body: body ? JSON.stringify(body) : undefined,
	});
	return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('refunds of credit notes in the OfficeRnD sandbox', () => {
	it('a partial refund leaves part of the credit; a refund of the rest marks the credit note refunded; both are listed as refund charges of it', async () => {
		const t = await token();
		const cn = SEED_IDS.invoice(11); // CN-0002, Acme, GBP 50 + 20% = 60, unallocated
		expect((await call('GET', `/payments/${cn}`, t)).body).toMatchObject({
			number: 'CN-0002',
			status: 'awaiting_payment',
			payableAmount: 60,
		});
		const first = await call('POST', '/charges', t, {
			payment: cn,
			amount: -20,
			status: 'refund',
			account: 'Bank Transfer',
			reference: 'Refund BACS 1',
			date: '2025-03-20T10:00:00.000Z',
		});
		expect(first.status).toBe(201);
		expect((await call('GET', `/payments/${cn}`, t)).body).toMatchObject({
			status: 'partially_paid',
			payableAmount: 40,
			allocatedAmount: 0,
		});
		await call('POST', '/charges', t, {
			payment: cn,
			amount: -40,
			status: 'refund',
			account: 'Bank Transfer',
			reference: 'Refund BACS 2',
			date: '2025-03-21T10:00:00.000Z',
		});
		expect((await call('GET', `/payments/${cn}`, t)).body).toMatchObject({ status: 'refunded', payableAmount: 0 });
		const listed = await call('GET', `/charges?payment=${cn}&status=refund`, t);
		expect(
			(listed.body.results as Array<Record<string, unknown>>).map((c) => [c.reference, c.amount, c.currency]),
		).toEqual([
			['Refund BACS 1', -20, 'GBP'],
			['Refund BACS 2', -40, 'GBP'],
		]);
		// An invoice's own refund is unchanged: INV-0007's card payment refunded in full reads "refunded".
		expect((await call('GET', `/payments/${SEED_IDS.invoice(7)}`, t)).body).toMatchObject({ status: 'refunded' });
	});

	it('a credit note allocated in part and refunded for the rest is used up ("paid"); refunded credit cannot be allocated again', async () => {
		const t = await token();
		const cn = SEED_IDS.invoice(11);
		await call('POST', '/charges', t, {
			payment: cn,
			amount: -15,
			status: 'refund',
			account: 'Bank Transfer',
			reference: 'Refund part',
		});
		// 60 - 15 refunded = 45 left: INV-0002 (48 due) cannot take 46 of it.
		expect(
			(await call('POST', `/payments/${cn}/allocations`, t, { target: SEED_IDS.invoice(2), amount: 46 })).status,
		).toBe(500);
		const allocate = await call('POST', `/payments/${cn}/allocations`, t, { target: SEED_IDS.invoice(2), amount: 45 });
		expect(allocate.status).toBe(201);
		expect((await call('GET', `/payments/${cn}`, t)).body).toMatchObject({
			status: 'paid',
			payableAmount: 0,
			allocatedAmount: 45,
		});
	});
});
