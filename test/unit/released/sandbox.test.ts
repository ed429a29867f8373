/** The sandbox's Re-Leased: seeded data and the business rules, over HTTP, as any client sees them. */
import { AUTH, INVOICE_STATUS, PAGING } from '../../../nodes/ReLeased/transport/contract';
import { startSandbox, type Sandbox } from '../../../sandbox/server';
import { createReLeasedSystem, SANDBOX_API_TOKEN } from '../../../sandbox/released';

let sandbox: Sandbox;
beforeAll(async () => {
	sandbox = await startSandbox({ port: 0, systems: [createReLeasedSystem] });
});
afterAll(async () => sandbox.close());
beforeEach(() => sandbox.reset());

async function api(method: string, path: string, body?: unknown, token = SANDBOX_API_TOKEN) {
	const res = await fetch(sandbox.systemUrl('released') + path, {
		method,
		headers: { [AUTH.defaultHeader]: `${AUTH.defaultPrefix}${token}`, 'content-type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	return { status: res.status, body: (await res.json()) as any };
}

const invoice = (over: object = {}) => ({
	type: 'Income',
	status: 'Approved',
	contactId: 'con_1',
	issueDate: '2024-06-01',
	dueDate: '2024-06-20',
	lines: [{ description: 'Rent', amountExclTax: 100, accountCode: '200', taxType: 'GST on Income' }],
	...over,
});

describe('sandbox Re-Leased', () => {
	it('seeds invoices in every verified status, both types, and the other records', async () => {
		const { body } = await api('GET', '/invoices');
		expect(new Set(body.data.map((i: any) => i.status))).toEqual(new Set(Object.values(INVOICE_STATUS)));
		expect(new Set(body.data.map((i: any) => i.type))).toEqual(new Set(['Income', 'Expense']));
		for (const path of [
			'/contacts',
			'/properties',
			'/tenancies',
			'/credit-notes',
			'/adjustments',
			'/payments',
			'/accounts',
			'/tax-types',
			'/tracking-options',
		]) {
			expect((await api('GET', path)).body.data.length).toBeGreaterThan(0);
		}
		const tenancies = (await api('GET', '/tenancies')).body.data.map((t: any) => t.status);
		expect(tenancies).toEqual(expect.arrayContaining(['Current', 'Future', 'Expired']));
	});

	it('refuses a missing or wrong token', async () => {
		expect((await api('GET', '/contacts', undefined, 'nope')).body).toMatchObject({ code: 'unauthorized' });
	});

	it('pages, orders by modified time and filters by modifiedSince', async () => {
		const p1 = await api('GET', `/invoices?${PAGING.pageSizeParam}=5&${PAGING.pageParam}=1`);
		const p2 = await api('GET', `/invoices?${PAGING.pageSizeParam}=5&${PAGING.pageParam}=2`);
		expect(p1.body.hasMore).toBe(true);
		expect(p2.body.hasMore).toBe(false);
		const all = [...p1.body.data, ...p2.body.data].map((r: any) => r.updatedAt);
		expect(all).toEqual([...all].sort());
		expect((await api('GET', `/invoices?${PAGING.pageSizeParam}=101`)).status).toBe(400);
		expect((await api('GET', '/invoices?modifiedSince=soon')).status).toBe(400);
		const since = await api('GET', '/invoices?modifiedSince=2024-05-08T00:00:00.000Z');
		expect(since.body.data.every((r: any) => r.updatedAt >= '2024-05-08T00:00:00.000Z')).toBe(true);
		expect(since.body.data.length).toBeLessThan(p1.body.data.length + p2.body.data.length);
	});

	it('creates invoices with a save status only, computing tax from the tax type', async () => {
		const created = await api('POST', '/invoices', invoice({ status: 'AwaitingApproval' }));
		expect(created.status).toBe(201);
		expect(created.body.data).toMatchObject({ status: 'AwaitingApproval', totalTax: 15, total: 115, amountDue: 115 });
		for (const status of ['Paid', 'Voided', 'Overdue']) {
			expect((await api('POST', '/invoices', invoice({ status }))).body).toMatchObject({
				code: 'validation_error',
				errors: [{ field: 'status' }],
			});
		}
	});

	it('rejects negative totals, unknown fields, archived accounts, other currencies', async () => {
		const bad = async (over: object) => (await api('POST', '/invoices', invoice(over))).body;
		expect(await bad({ lines: [{ amountExclTax: -10 }] })).toMatchObject({ errors: [{ field: 'lines' }] });
		expect(await bad({ colour: 'red' })).toMatchObject({ errors: [{ field: 'colour' }] });
		expect(await bad({ lines: [{ amountExclTax: 1, accountCode: '299' }] })).toMatchObject({
			errors: [{ field: 'lines[0].accountCode' }],
		});
		expect(await bad({ currency: 'AUD' })).toMatchObject({ errors: [{ field: 'currency' }] });
		expect(await bad({ contactId: 'con_6' })).toMatchObject({
			errors: [{ field: 'contactId', message: 'the contact is archived' }],
		});
	});

	it('applies payments and credit notes to invoices; a paid invoice cannot be voided or changed', async () => {
		const inv = (await api('POST', '/invoices', invoice())).body.data;
		expect((await api('POST', '/payments', { invoiceId: inv.id, date: '2024-06-02', amount: 15 })).status).toBe(201);
		const cn = await api('POST', '/credit-notes', {
			type: 'Income',
			status: 'Approved',
			contactId: 'con_1',
			invoiceId: inv.id,
			issueDate: '2024-06-03',
			lines: [{ amountExclTax: 100 }],
		});
		expect(cn.body.data.remainingCredit).toBe(0);
		const paid = (await api('GET', `/invoices/${inv.id}`)).body.data;
		expect(paid).toMatchObject({ status: 'Paid', amountPaid: 115, amountDue: 0 });
		expect((await api('POST', `/invoices/${inv.id}/void`)).status).toBe(409);
		expect((await api('PATCH', `/invoices/${inv.id}`, { reference: 'x' })).status).toBe(409);
		// A payment needs an approved invoice.
		expect((await api('POST', '/payments', { invoiceId: 'inv_1', date: '2024-06-02', amount: 1 })).body.code).toBe(
			'invalid_state',
		);
	});

	it('voids, archives, and keeps account codes unique', async () => {
		expect((await api('POST', '/invoices/inv_2/void')).body.data.status).toBe('Voided');
		expect((await api('POST', '/invoices/inv_2/void')).status).toBe(409);
		expect((await api('POST', '/accounts', { code: '200', name: 'Dup', type: 'Revenue' })).body.errors[0].field).toBe(
			'code',
		);
		expect((await api('POST', '/accounts/acc_4/archive')).body.data.status).toBe('Archived');
		expect((await api('PATCH', '/accounts/acc_4', { name: 'x' })).status).toBe(409);
		expect((await api('POST', '/contacts/con_1/archive')).status).toBe(405);
	});

	it('answers 429 and 5xx under fault injection with the contract error body', async () => {
		await fetch(`${sandbox.url}/__admin/faults`, {
			method: 'POST',
			body: JSON.stringify({ system: 'released', type: 'http429', retryAfterSeconds: 2, count: 1 }),
		});
		const res = await fetch(sandbox.systemUrl('released') + '/contacts', {
			headers: { Authorization: `Bearer ${SANDBOX_API_TOKEN}` },
		});
		expect(res.status).toBe(429);
		expect(res.headers.get('retry-after')).toBe('2');
		expect(await res.json()).toMatchObject({ code: 'rate_limited' });
	});
});

describe('sandbox Re-Leased: partly paid invoices', () => {
	it('refuses lines that bring the total below what was already paid', async () => {
		// inv_3 is seeded with a payment of 500.
		const res = await api('PATCH', '/invoices/inv_3', { lines: [{ amountExclTax: 100, accountCode: '200' }] });
		expect(res.body).toMatchObject({ code: 'validation_error', errors: [{ field: 'lines' }] });
		const ok = await api('PATCH', '/invoices/inv_3', {
			lines: [{ amountExclTax: 1000, accountCode: '200', taxType: 'GST on Income' }],
		});
		expect(ok.body.data).toMatchObject({ total: 1150, amountPaid: 500, amountDue: 650 });
	});
});
