/**
 * OfficeRnD ↔ Sage Intacct templates (workflows/officernd-intacct, workflows/intacct-officernd) in
 * real n8n against the sandbox, imported as shipped and run from their manual trigger. Each test
 * asserts the target's records one by one, runs the template again and asserts nothing new was
 * created. Failures are proven to reach the shared error handler's failure log.
 */
import { mkdtempSync, readdirSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { SEED_IDS } from '../../../sandbox/officernd';
import { cleanup, nodeOutput } from '../../helpers/n8n';
import { loadTemplate, templateEnv, waitFor, WORKFLOWS_DIR, type TemplateEnv } from '../../helpers/templates';
import { errorHandlerFor, ERROR_HANDLER_ID, readFailureLog } from './common-error-log';

type Rec = Record<string, unknown>;

let env: TemplateEnv;
const logDir = mkdtempSync(path.join(tmpdir(), 'ornd-intacct-failures-'));

beforeAll(async () => {
	env = await templateEnv();
	await env.n8n.importWorkflow(errorHandlerFor(logDir));
	await env.n8n.publishWorkflow(ERROR_HANDLER_ID);
});

afterAll(async () => {
	await env?.sandbox.close();
	await cleanup();
});

const C = SEED_IDS.company;
const M = SEED_IDS.member;
const customers = () => env.records('intacct', 'CUSTOMER');
const byId = (list: Rec[], field: string, value: string) => list.find((r) => r[field] === value);

/** Changes an OfficeRnD record the way staff would (modifiedAt moves on), through the sandbox admin API. */
async function changeInOfficeRnd(collection: string, id: string, fields: Rec): Promise<void> {
	const res = await fetch(`${env.sandbox.url}/__admin/records/officernd/${collection}`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ id, fields }),
	});
	expect(res.status).toBe(200);
}

/** The Intacct customer an OfficeRnD company or member was written to (its write-back property). */
const customerOf = (collection: string, id: string): Rec | undefined => {
	const source = env.sandbox.state.system('officernd')!.store.get(collection, id)?.fields as Rec | undefined;
	const customerId = ((source?.properties ?? {}) as Rec).intacctCustomerId;
	return customerId ? byId(customers(), 'CUSTOMERID', String(customerId)) : undefined;
};

describe('1. companies and members → customers (officernd-intacct/customers.json)', () => {
	it('creates one customer per company and per individually billed member, writes the ID back, and changes nothing on a re-run', async () => {
		const before = customers().length;
		const run = await env.run('officernd-intacct/customers.json');
		expect(run.errorMessage).toBeUndefined();

		// 4 companies + Dan Doyle (the only member without a company); members of companies are not customers.
		expect(customers().length).toBe(before + 5);
		const acme = customerOf('companies', C.acme)!;
		expect(acme).toMatchObject({ NAME: 'Acme Analytics Ltd', STATUS: 'active', TAXID: 'GB123456789' });
		expect(JSON.stringify(acme)).toContain('accounts@acme-analytics.example');
		expect(customerOf('companies', C.dormant)).toMatchObject({ NAME: 'Dormant Holdings', STATUS: 'inactive' });
		expect(customerOf('companies', C.celtic)).toMatchObject({ NAME: 'Celtic Ventures Teoranta', TAXID: 'IE6388047V' });
		expect(customerOf('companies', C.brightside)).toMatchObject({ NAME: 'Brightside Studio' });
		const dan = customerOf('members', M.dan)!;
		expect(dan).toMatchObject({ NAME: 'Dan Doyle', STATUS: 'active' });
		expect(JSON.stringify(dan)).toContain('dan.doyle@example.net');
		// Written back: four companies and one member carry a distinct Intacct customer ID.
		const written = [...env.records('officernd', 'companies'), ...env.records('officernd', 'members')]
			.map((r) => ((r.properties ?? {}) as Rec).intacctCustomerId)
			.filter(Boolean);
		expect(new Set(written).size).toBe(5);
		expect(customerOf('members', M.alice)).toBeUndefined();

		const again = await env.run('officernd-intacct/customers.json');
		expect(again.errorMessage).toBeUndefined();
		expect(customers().length).toBe(before + 5);
		expect(readFailureLog(logDir)).toEqual([]);
	});

	it('an update in OfficeRnD updates the same Intacct customer', async () => {
		const count = customers().length;
		const id = customerOf('companies', C.brightside)!.CUSTOMERID;
		await changeInOfficeRnd('companies', C.brightside, {
			name: 'Brightside Studio Group',
			email: 'ap@brightside.example',
		});
		const run = await env.run('officernd-intacct/customers.json');
		expect(run.errorMessage).toBeUndefined();
		expect(customers().length).toBe(count);
		const bright = byId(customers(), 'CUSTOMERID', String(id))!;
		expect(bright.NAME).toBe('Brightside Studio Group');
		expect(JSON.stringify(bright)).toContain('ap@brightside.example');
		expect(nodeOutput(run, 'Update Customer').length).toBeGreaterThan(0);
		expect(readFailureLog(logDir)).toEqual([]);
	});
});

/** The OfficeRnD API of the sandbox, as staff (or OfficeRnD's own billing) would create records. */
async function orndApi(method: string, apiPath: string, body?: Rec): Promise<Rec> {
	const token = await fetch(`${env.sandbox.url}/officernd/oauth/token`, {
		method: 'POST',
		headers: { 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({
			grant_type: 'client_credentials',
			client_id: 'sandbox-client',
			client_secret: 'sandbox-client-secret',
		}).toString(),
	});
	const { access_token: accessToken } = (await token.json()) as { access_token: string };
	const res = await fetch(`${env.sandbox.url}/officernd/api/v2/organizations/sandbox-coworking${apiPath}`, {
		method,
		headers: { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' },
		body: body ? JSON.stringify(body) : undefined,
	});
	const json = (await res.json()) as Rec;
	if (res.status >= 300) throw new Error(`${method} ${apiPath}: ${res.status} ${JSON.stringify(json)}`);
	return json;
}

const intacctRecords = (collection: string): Rec[] =>
	env.sandbox.state
		.system('intacct')!
		.store.list(collection)
		.map((r) => ({ RECORDNO: r.id, ...r.fields }));
const arInvoices = () => intacctRecords('ARINVOICE');
const arLines = (recordNo: unknown) =>
	env.records('intacct', 'ARINVOICEITEM').filter((l) => String(l.RECORDKEY) === String(recordNo));
const payment = (id: string) => env.sandbox.state.system('officernd')!.store.get('payments', id)!.fields as Rec;
const intacctCustomerOf = (doc: Rec) => {
	const party = doc.company
		? env.sandbox.state.system('officernd')!.store.get('companies', String(doc.company))
		: env.sandbox.state.system('officernd')!.store.get('members', String(doc.member));
	return ((party!.fields.properties ?? {}) as Rec).intacctCustomerId;
};
const T = SEED_IDS.taxRate;
const A = SEED_IDS.account;
const L = SEED_IDS.location;

/** A copy of a template with other Settings values, as a consultant would switch them (own id). */
function withSettings(template: string, id: string, values: Rec) {
	const wf = loadTemplate(template);
	wf.id = id;
	wf.name = `${wf.name} (${JSON.stringify(values)})`;
	const settings = (
		wf.nodes as Array<{
			name: string;
			parameters: { assignments: { assignments: Array<{ name: string; value: unknown }> } };
		}>
	).find((n) => n.name === 'Settings')!;
	for (const a of settings.parameters.assignments.assignments) if (a.name in values) a.value = values[a.name];
	return wf;
}

describe('2. invoices → AR invoices or Order Entry sales invoices (officernd-intacct/invoices.json)', () => {
	const issued = ['INV-0002', 'INV-0003', 'INV-0004', 'INV-0005', 'INV-0006', 'INV-0007', 'INV-0009', 'INV-0010'];

	it('posts every issued invoice as an AR invoice (lines, tax, location, currency, customer), writes the sync status back, reports the void and re-runs without creating anything', async () => {
		const before = arInvoices().length;
		const run = await env.run('officernd-intacct/invoices.json');
		expect(run.errorMessage).toBeUndefined();
		expect(arInvoices().length).toBe(before + issued.length);
		const docs = env.sandbox.state.system('officernd')!.store.list('payments');
		for (const number of issued) {
			const doc = docs.find((d) => d.fields.number === number)!;
			const inv = arInvoices().find((r) => r.RECORDID === number)!;
			expect(inv).toBeDefined();
			expect(inv.CUSTOMERID).toBe(intacctCustomerOf(doc.fields));
			expect(Number(inv.TRX_TOTALENTERED ?? inv.TOTALENTERED)).toBeCloseTo(Number(doc.fields.total), 2);
			expect(inv.CURRENCY).toBe(doc.fields.currency);
			expect(inv.EXTERNALID ?? inv.externalid).toBe(doc.id);
			// One revenue line and one tax line; the tax line carries the OfficeRnD tax amount.
			const lines = arLines(inv.RECORDNO);
			const tax = (doc.fields.taxAmounts as Rec[]).reduce((s, t) => s + Number(t.total), 0);
			expect(
				lines.filter((l) => l.ACCOUNTNO === '2300').reduce((s, l) => s + Number(l.TRX_AMOUNT ?? l.AMOUNT), 0),
			).toBeCloseTo(tax, 2);
			const location =
				doc.fields.location === L.dublin ? 'UK' : doc.fields.location === L.manchester ? 'UK-MAN' : 'UK-LON';
			expect(lines.every((l) => l.LOCATIONID === location)).toBe(true);
			// Written back to OfficeRnD: the Intacct RECORDNO, no error.
			expect(doc.fields.accounting).toMatchObject({
				provider: 'sage-intacct',
				externalOrgId: 'SANDBOX-CO',
				providerId: String(inv.RECORDNO),
				error: null,
			});
		}
		expect(arInvoices().find((r) => r.RECORDID === 'INV-0001')).toBeUndefined(); // draft
		expect(arInvoices().find((r) => r.RECORDID === 'INV-0008')).toBeUndefined(); // voided
		const eur = arInvoices().find((r) => r.RECORDID === 'INV-0004')!;
		expect(Number(eur.EXCHANGE_RATE ?? eur.EXCHRATE)).toBeCloseTo(0.8547, 4);
		const voidFailure = readFailureLog(logDir).find((f) => String(f.error).includes('INV-0008'));
		expect(voidFailure).toMatchObject({ system: 'officernd', record: 'INV-0008', status: 'open' });
		expect(String(voidFailure!.error)).toMatch(/^Voiding invoices is not supported/);

		const again = await env.run('officernd-intacct/invoices.json');
		expect(again.errorMessage).toBeUndefined();
		expect(arInvoices().length).toBe(before + issued.length);
	});

	it('sends discounts and fees, and an update changes the same AR invoice', async () => {
		const created = await orndApi('POST', '/payments', {
			documentType: 'invoice',
			company: C.acme,
			location: L.london,
			currency: 'GBP',
			status: 'awaiting_payment',
			number: 'INV-0101',
			date: '2025-04-01T00:00:00.000Z',
			dueDate: '2025-04-15T00:00:00.000Z',
			taxType: 'excluded',
			lines: [
				{
					description: 'Private Office 12 - April',
					quantity: 1,
					unitPrice: 1000,
					discountAmount: 100,
					account: A.membership,
					plan: SEED_IDS.plan.privateOffice,
					taxRate: T.ukVat20,
				},
				{
					description: 'Late payment fee',
					quantity: 1,
					unitPrice: 25,
					account: A.oneOff,
					plan: SEED_IDS.plan.lateFee,
					taxRate: T.zero,
				},
			],
		});
		const id = String(created._id);
		const count = arInvoices().length;
		const run = await env.run('officernd-intacct/invoices.json');
		expect(run.errorMessage).toBeUndefined();
		expect(arInvoices().length).toBe(count + 1);
		const inv = arInvoices().find((r) => r.RECORDID === 'INV-0101')!;
		const lines = arLines(inv.RECORDNO).map((l) => [l.ACCOUNTNO, Number(l.TRX_AMOUNT ?? l.AMOUNT)]);
		// 1000 office, -100 discount, 180 VAT (20% of 900), 25 late fee (zero rated): 1105.
		expect(lines).toEqual(
			expect.arrayContaining([
				['4000', 1000],
				['4900', -100],
				['4100', 25],
			]),
		);
		expect(lines.filter(([a]) => a === '2300').reduce((s, [, v]) => s + Number(v), 0)).toBeCloseTo(180, 2);
		expect(Number(inv.TRX_TOTALENTERED ?? inv.TOTALENTERED)).toBeCloseTo(1105, 2);
		expect(Number(payment(id).total)).toBeCloseTo(1105, 2);

		await orndApi('PUT', `/payments/${id}`, {
			lines: [
				{
					description: 'Private Office 12 - April',
					quantity: 1,
					unitPrice: 1000,
					discountAmount: 200,
					account: A.membership,
					plan: SEED_IDS.plan.privateOffice,
					taxRate: T.ukVat20,
				},
				{
					description: 'Late payment fee',
					quantity: 1,
					unitPrice: 25,
					account: A.oneOff,
					plan: SEED_IDS.plan.lateFee,
					taxRate: T.zero,
				},
			],
		});
		const updated = await env.run('officernd-intacct/invoices.json');
		expect(updated.errorMessage).toBeUndefined();
		expect(arInvoices().length).toBe(count + 1);
		const after = arInvoices().find((r) => r.RECORDID === 'INV-0101')!;
		expect(after.RECORDNO).toBe(inv.RECORDNO);
		expect(Number(after.TRX_TOTALENTERED ?? after.TOTALENTERED)).toBeCloseTo(985, 2); // 800 + 160 VAT + 25
	});

	it('with Intacct numbering, Intacct numbers the invoice and the number is written back to OfficeRnD', async () => {
		const wf = withSettings('officernd-intacct/invoices.json', 'tplOrdInvoicesNum', { intacctNumbering: true });
		await env.n8n.importWorkflow(wf);
		const created = await orndApi('POST', '/payments', {
			documentType: 'invoice',
			company: C.brightside,
			location: L.manchester,
			currency: 'GBP',
			status: 'awaiting_payment',
			date: '2025-04-02T00:00:00.000Z',
			dueDate: '2025-04-16T00:00:00.000Z',
			taxType: 'excluded',
			lines: [
				{
					description: 'Hot Desk x2 - April',
					quantity: 2,
					unitPrice: 250,
					account: A.membership,
					plan: SEED_IDS.plan.hotDesk,
					taxRate: T.ukVat20,
				},
			],
		});
		const id = String(created._id);
		const count = arInvoices().length;
		const run = await env.n8n.executeWorkflow(wf.id!);
		expect(run.errorMessage).toBeUndefined();
		expect(arInvoices().length).toBe(count + 1);
		const inv = arInvoices().find((r) => String(r.EXTERNALID ?? r.externalid) === id)!;
		expect(inv.RECORDID).toBeTruthy();
		expect(payment(id).number).toBe(inv.RECORDID);
		expect(Number(inv.TRX_TOTALENTERED ?? inv.TOTALENTERED)).toBeCloseTo(600, 2);
	});

	it('switched to Order Entry, posts a Sales Invoice with item lines and tax, once', async () => {
		const wf = withSettings('officernd-intacct/invoices.json', 'tplOrdInvoicesOE1', { invoiceType: 'orderEntry' });
		await env.n8n.importWorkflow(wf);
		const created = await orndApi('POST', '/payments', {
			documentType: 'invoice',
			company: C.celtic,
			location: L.dublin,
			currency: 'EUR',
			status: 'awaiting_payment',
			number: 'INV-0201',
			date: '2025-04-03T00:00:00.000Z',
			dueDate: '2025-04-17T00:00:00.000Z',
			taxType: 'excluded',
			lines: [
				{
					description: 'Meeting room - 2 hours',
					quantity: 2,
					unitPrice: 50,
					account: A.meetingRooms,
					plan: SEED_IDS.plan.meetingRoom,
					taxRate: T.ieVat23,
				},
			],
		});
		const id = String(created._id);
		const docsBefore = env.records('intacct', 'SODOCUMENT').length;
		const run = await env.n8n.executeWorkflow(wf.id!);
		expect(run.errorMessage).toBeUndefined();
		const sales = env.records('intacct', 'SODOCUMENT');
		expect(sales.length).toBe(docsBefore + 1);
		const so = sales[sales.length - 1]!;
		expect(so).toMatchObject({
			DOCID: expect.stringContaining('Sales Invoice'),
			CUSTVENDID: intacctCustomerOf(payment(id)),
		});
		expect(Number(so.TRX_TOTAL)).toBeCloseTo(123, 2); // 2 x 50 + 23% VAT
		const entries = env
			.records('intacct', 'SODOCUMENTENTRY')
			.filter((e) => e.DOCHDRID === so.DOCID)
			.map((e) => [e.ITEMID, Number(e.QUANTITY), Number(e.TRX_PRICE)]);
		expect(entries).toEqual(
			expect.arrayContaining([
				['MEET-HR', 2, 50],
				['VAT', 1, 23],
			]),
		);
		expect((payment(id).accounting as Rec).providerId).toBeTruthy();

		const again = await env.n8n.executeWorkflow(wf.id!);
		expect(again.errorMessage).toBeUndefined();
		expect(env.records('intacct', 'SODOCUMENT').length).toBe(docsBefore + 1);
	});
});

describe('1. customers, started by the signed OfficeRnD webhook in a running n8n', () => {
	it('a company created in OfficeRnD becomes an Intacct customer at once; our write-back starts no second sync', async () => {
		await env.n8n.importWorkflow(loadTemplate('officernd-intacct/customers.json'));
		const server = await env.n8n.startN8n({ publish: ['tplOrdCustomers1', ERROR_HANDLER_ID] });
		try {
			expect(server.activated).toContain('tplOrdCustomers1');
			const hook = await waitFor('the webhook registration', () =>
				env
					.records('officernd', 'webhooks')
					.find((h) => String(h.url).startsWith(server.url) && (h.eventTypes as string[]).includes('company.created')),
			);
			expect(hook.eventTypes).toEqual(
				expect.arrayContaining(['company.created', 'company.updated', 'member.created', 'member.updated']),
			);
			const count = customers().length;
			const company = await orndApi('POST', '/companies', {
				name: 'Webhook Works Ltd',
				email: 'ap@webhook-works.example',
				location: L.london,
			});
			const id = String(company._id);
			const customerId = await waitFor(
				'the write-back of the new customer ID',
				() =>
					((env.sandbox.state.system('officernd')!.store.get('companies', id)?.fields.properties ?? {}) as Rec)
						.intacctCustomerId as string | undefined,
			);
			expect(byId(customers(), 'CUSTOMERID', customerId)).toMatchObject({
				NAME: 'Webhook Works Ltd',
				STATUS: 'active',
			});
			// The write-back emitted company.updated (properties only): it must not create or change anything.
			await fetch(`${env.sandbox.url}/__admin/officernd/deliveries/idle`);
			await new Promise((r) => setTimeout(r, 3000));
			expect(customers().length).toBe(count + 1);
			const deliveries = (await (await fetch(`${env.sandbox.url}/__admin/officernd/deliveries`)).json()) as Rec[];
			expect(deliveries.filter((d) => d.eventType === 'company.updated').length).toBeGreaterThan(0);
		} finally {
			await server.stop();
		}
	});
});

describe('3. payments (charges) → AR payments applied to the invoice (officernd-intacct/payments.json)', () => {
	const payments = () => intacctRecords('ARPYMT');
	const details = (paymentKey: unknown) =>
		env.records('intacct', 'ARPYMTDETAIL').filter((d) => String(d.PAYMENTKEY) === String(paymentKey));
	const charge = (n: number) =>
		env.sandbox.state.system('officernd')!.store.get('charges', `66a0c0ffeec000000000000${n}`)!;

	it('posts each successful charge as a payment applied to its Intacct invoice, writes the payment back, and re-runs without creating anything', async () => {
		const before = payments().length;
		const run = await env.run('officernd-intacct/payments.json');
		expect(run.errorMessage).toBeUndefined();
		// Seed charges: 1 (500 EUR on INV-0004), 2 (1200 GBP on INV-0005), 4 (30 GBP on INV-0007) succeeded; failed, refund and pending ones are not payments.
		expect(payments().length).toBe(before + 3);
		for (const [n, number, amount, method, currency] of [
			[1, 'INV-0004', 500, 'EFT', 'EUR'],
			[2, 'INV-0005', 1200, 'Credit Card', 'GBP'],
			[4, 'INV-0007', 30, 'Credit Card', 'GBP'],
		] as const) {
			const c = charge(n);
			const providerId = (c.fields.accounting as Rec).providerId;
			const pay = payments().find((p) => String(p.RECORDNO) === String(providerId))!;
			const invoice = arInvoices().find((i) => i.RECORDID === number)!;
			expect(pay).toMatchObject({
				CUSTOMERID: invoice.CUSTOMERID,
				PAYMENTMETHOD: method,
				CURRENCY: currency,
				STATE: 'Posted',
			});
			expect(Number(pay.TRX_TOTALENTERED)).toBeCloseTo(amount, 2);
			expect(details(pay.RECORDNO).map((d) => [String(d.RECORDKEY), Number(d.TRX_PAYMENTAMOUNT)])).toEqual([
				[String(invoice.RECORDNO), amount],
			]);
		}
		// INV-0005 (1200) and INV-0007 (30) are paid in full in Intacct; INV-0004 (1107 EUR) in part.
		expect(arInvoices().find((i) => i.RECORDID === 'INV-0005')!.STATE).toBe('Paid');
		expect(arInvoices().find((i) => i.RECORDID === 'INV-0007')!.STATE).toBe('Paid');
		expect(arInvoices().find((i) => i.RECORDID === 'INV-0004')!.STATE).toBe('Partially Paid');

		const again = await env.run('officernd-intacct/payments.json');
		expect(again.errorMessage).toBeUndefined();
		expect(payments().length).toBe(before + 3);
	});

	it('a charge changed in OfficeRnD reverses the earlier payment and posts the new amount', async () => {
		const first = String((charge(1).fields.accounting as Rec).providerId);
		// A change within 5 s of the write-back counts as the write-back itself (see the template's note).
		await new Promise((r) => setTimeout(r, 5500));
		await orndApi('PUT', '/charges/66a0c0ffeec0000000000001', {
			amount: 600,
			reference: 'Bank transfer 1/2 (corrected)',
		});
		const count = payments().length;
		const run = await env.run('officernd-intacct/payments.json');
		expect(run.errorMessage).toBeUndefined();
		expect(payments().find((p) => String(p.RECORDNO) === first)!.STATE).toBe('Reversed');
		const second = String((charge(1).fields.accounting as Rec).providerId);
		expect(second).not.toBe(first);
		const pay = payments().find((p) => String(p.RECORDNO) === second)!;
		expect(Number(pay.TRX_TOTALENTERED)).toBeCloseTo(600, 2);
		expect(pay.DOCNUMBER).toBe('Bank transfer 1/2 (corrected)');
		expect(payments().length).toBe(count + 1);
	});

	const fault = async (body: Rec) =>
		expect(
			(
				await fetch(`${env.sandbox.url}/__admin/faults`, {
					method: 'POST',
					headers: { 'content-type': 'application/json' },
					body: JSON.stringify(body),
				})
			).status,
		).toBe(201);
	const clearFaults = () => fetch(`${env.sandbox.url}/__admin/faults`, { method: 'DELETE' });

	it('issue 20: a write-back that lands more than 5 s late is not taken for a change: the next run neither reverses nor posts again', async () => {
		const created = await orndApi('POST', '/charges', {
			payment: SEED_IDS.invoice(4),
			amount: 25,
			currency: 'EUR',
			account: 'Bank Transfer',
			reference: 'Late write-back',
			status: 'success',
			date: '2025-04-10T00:00:00.000Z',
		});
		const id = String(created._id);
		const count = payments().length;
		await fault({ system: 'officernd', match: 'charges.update', type: 'latency', latencyMs: 7000, count: 1 });
		try {
			const run = await env.run('officernd-intacct/payments.json');
			expect(run.errorMessage).toBeUndefined();
		} finally {
			await clearFaults();
		}
		expect(payments().length).toBe(count + 1);
		const stored = env.sandbox.state.system('officernd')!.store.get('charges', id)!;
		const accounting = stored.fields.accounting as Rec;
		// The scenario: OfficeRnD stamped the write-back more than 5 s after n8n's clock said lastSync.
		expect(Date.parse(stored.modifiedAt) - Date.parse(String(accounting.lastSync))).toBeGreaterThan(5000);
		const first = String(accounting.providerId);
		const again = await env.run('officernd-intacct/payments.json');
		expect(again.errorMessage).toBeUndefined();
		expect(payments().length).toBe(count + 1);
		expect(payments().find((p) => String(p.RECORDNO) === first)!.STATE).not.toBe('Reversed');
		expect(
			String((env.sandbox.state.system('officernd')!.store.get('charges', id)!.fields.accounting as Rec).providerId),
		).toBe(first);
	});

	it('issue 20: in a steady state the invoices template logs no paid invoice as failed (Intacct refuses to edit them): only the voided one it cannot sync', async () => {
		expect(
			arInvoices()
				.filter((i) => Number(i.TRX_TOTALPAID ?? 0) !== 0)
				.map((i) => i.RECORDID),
		).toEqual(expect.arrayContaining(['INV-0005', 'INV-0007']));
		const logged = readFailureLog(logDir).length;
		const run = await env.run('officernd-intacct/invoices.json');
		expect(run.errorMessage).toBeUndefined();
		const entries = readFailureLog(logDir)
			.slice(logged)
			.filter((f) => String(f.workflow).includes('invoices'));
		expect(entries.map((f) => f.record)).toEqual(['INV-0008']);
	});

	it('issue 20: a replayed payment Intacct cannot show (lost answer, charge without a reference) never writes "undefined" as the payment ID; it is reported as outcome unknown', async () => {
		const created = await orndApi('POST', '/charges', {
			payment: SEED_IDS.invoice(4),
			amount: 15,
			currency: 'EUR',
			account: 'Bank Transfer',
			status: 'success',
			date: '2025-04-11T00:00:00.000Z',
		});
		const id = String(created._id);
		const logged = readFailureLog(logDir).length;
		await fault({ system: 'intacct', match: 'create', type: 'dropAfterCommit', count: 1 });
		try {
			const run = await env.run('officernd-intacct/payments.json');
			expect(run.errorMessage).toBeUndefined();
		} finally {
			await clearFaults();
		}
		const providerId = (
			(env.sandbox.state.system('officernd')!.store.get('charges', id)!.fields.accounting ?? {}) as Rec
		).providerId;
		expect(['undefined', 'null', '']).not.toContain(String(providerId ?? 'none'));
		if (providerId === undefined || providerId === null) {
			const entry = readFailureLog(logDir)
				.slice(logged)
				.find((f) => String(f.record).includes(id));
			expect(entry).toMatchObject({ system: 'intacct', operation: 'create AR payment' });
			expect(String(entry!.error)).toMatch(/outcome unknown.*check/i);
		} else {
			expect(payments().some((p) => String(p.RECORDNO) === String(providerId))).toBe(true);
		}
	});
});

describe('issue 20: a run that gives up on any node reaches the failure log, and its status says so', () => {
	it('every template names the shared error workflow', () => {
		for (const dir of readdirSync(WORKFLOWS_DIR, { withFileTypes: true })
			.filter((d) => d.isDirectory())
			.map((d) => d.name)) {
			for (const file of readdirSync(path.join(WORKFLOWS_DIR, dir)).filter((f) => f.endsWith('.json'))) {
				const wf = loadTemplate(`${dir}/${file}`);
				if (wf.id === ERROR_HANDLER_ID) continue;
				expect([`${dir}/${file}`, wf.settings]).toEqual([
					`${dir}/${file}`,
					expect.objectContaining({ errorWorkflow: ERROR_HANDLER_ID }),
				]);
			}
		}
	});

	it('a webhook run whose read of the charge keeps failing (OfficeRnD answers 503) logs that charge as not synced, naming the read, the system and the fix', async () => {
		const wf = loadTemplate('officernd-intacct/payments.json');
		// Imported here too, so this test runs alone (-t) as well as after the payments tests.
		await env.n8n.importWorkflow(wf);
		const server = await env.n8n.startN8n({ publish: [wf.id!, ERROR_HANDLER_ID] });
		let created: string | undefined;
		try {
			await waitFor('the webhook registration', () =>
				env
					.records('officernd', 'webhooks')
					.find(
						(h) =>
							String(h.url).startsWith(server.url) && (h.eventTypes as string[]).includes('invoice.charge.created'),
					),
			);
			const logged = readFailureLog(logDir).length;
			const fault = await fetch(`${env.sandbox.url}/__admin/faults`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ system: 'officernd', match: 'charges.get', type: 'http5xx', status: 503 }),
			});
			expect(fault.status).toBe(201);
			try {
				created = String(
					(
						await orndApi('POST', '/charges', {
							payment: SEED_IDS.invoice(5),
							amount: 5,
							currency: 'GBP',
							account: 'Bank Transfer',
							reference: 'Never read',
							status: 'success',
							date: '2025-04-12T00:00:00.000Z',
						})
					)._id,
				);
				// A failed read of ONE record (the charge the webhook names) is that record's failure: the
				// template's read-failure path logs it and the run goes on with the rest (a failed LIST read
				// stops the run instead; test/faults 'readfail').
				const entry = await waitFor(
					'the unread charge in the failure log',
					() =>
						readFailureLog(logDir)
							.slice(logged)
							.find((f) => f.workflow === wf.name && String(f.record) === created),
					240_000,
					() => readFailureLog(logDir).slice(logged),
				);
				expect(entry).toMatchObject({ system: 'officernd', operation: 'read: Get Charge', status: 'open' });
				expect(String(entry.error)).toMatch(/503/);
				expect(String(entry.error)).toMatch(/How to fix: .*run again/);
				// Logged once: the run did not also fail as a whole into the error workflow.
				expect(
					readFailureLog(logDir)
						.slice(logged)
						.filter((f) => f.workflow === wf.name),
				).toHaveLength(1);
			} finally {
				await fetch(`${env.sandbox.url}/__admin/faults`, { method: 'DELETE' });
			}
		} finally {
			await server.stop();
			// INV-0005 is paid in full: the stand-in charge must not reach later runs.
			if (created) await orndApi('DELETE', `/charges/${created}`);
		}
	});
});

describe('7. manual accounting: invoices exported to CSV (officernd-intacct/invoices-csv.json)', () => {
	it('exports one row per line of each issued March invoice, with customer, tax and totals', async () => {
		const run = await env.run('officernd-intacct/invoices-csv.json');
		expect(run.errorMessage).toBeUndefined();
		const item = run.data.resultData.runData['Invoices CSV']![0]!.data!.main[0]![0]!;
		const binary = item.binary!.data!;
		expect(binary.fileName).toBe('officernd-invoices.csv');
		let text: string;
		if (binary.id) {
			// Binary data kept on disk by n8n (filesystem mode): <user folder>/.n8n/storage/...
			const { readFileSync, readdirSync } = await import('fs');
			const find = (dir: string): string | undefined => {
				for (const e of readdirSync(dir, { withFileTypes: true })) {
					const full = path.join(dir, e.name);
					if (e.isDirectory()) {
						const hit = find(full);
						if (hit) return hit;
					} else if (full.endsWith(String(binary.id).split('/').pop()!)) return full;
				}
				return undefined;
			};
			text = readFileSync(find(env.n8n.userFolder)!, 'utf8');
		} else {
			text = Buffer.from(binary.data, 'base64').toString('utf8');
		}
		const [header, ...rows] = text.trim().split('\n');
		expect(header).toBe(
			'InvoiceNumber,InvoiceDate,DueDate,Customer,CustomerId,Currency,Description,Quantity,UnitPrice,Discount,TaxRatePercent,TaxAmount,LineTotal,InvoiceTotal,Reference',
		);
		const numbers = rows.map((r) => r.split(',')[0]);
		expect(numbers.sort()).toEqual([
			'INV-0002',
			'INV-0003',
			'INV-0004',
			'INV-0005',
			'INV-0006',
			'INV-0007',
			'INV-0009',
			'INV-0010',
		]);
		const inv4 = rows.find((r) => r.startsWith('INV-0004,'))!.split(',');
		expect(inv4.slice(0, 15)).toEqual([
			'INV-0004',
			'2025-03-01',
			'2025-03-15',
			'Celtic Ventures Teoranta',
			C.celtic,
			'EUR',
			'Private Office D3 - March',
			'1',
			'900',
			'0',
			'23',
			'207',
			'1107',
			'1107',
			'Private Office D3 - March',
		]);
		expect(rows.find((r) => r.startsWith('INV-0006,'))).toContain('Dan Doyle');
	});
});

describe('6. credit notes → AR adjustments, with allocations (officernd-intacct/credit-notes.json)', () => {
	it('posts each credit note as a credit memo, applies its allocation to the Intacct invoice once, writes both back, and re-runs without creating anything', async () => {
		const adjustments = () => intacctRecords('ARADJUSTMENT');
		const beforeAdj = adjustments().length;
		const beforePay = intacctRecords('ARPYMT').length;
		const run = await env.run('officernd-intacct/credit-notes.json');
		expect(run.errorMessage).toBeUndefined();
		// CN-0001 (Celtic, EUR 100 + 23% VAT, fully allocated to INV-0009) and CN-0002 (Acme, GBP 50 + 20%, unallocated).
		expect(adjustments().length).toBe(beforeAdj + 2);
		const cn1 = payment(SEED_IDS.invoice(10));
		const adj1 = adjustments().find((a) => String(a.RECORDNO) === String((cn1.accounting as Rec).providerId))!;
		expect(adj1).toMatchObject({
			RECORDID: 'CN-0001',
			CURRENCY: 'EUR',
			ADJUSTMENTTYPE: 'Credit Memo',
			CUSTOMERID: intacctCustomerOf(cn1),
		});
		expect(Number(adj1.TRX_TOTALENTERED ?? adj1.TOTALENTERED)).toBeCloseTo(-123, 2);
		const adjLines = env
			.records('intacct', 'ARADJUSTMENTITEM')
			.filter((l) => String(l.RECORDKEY) === String(adj1.RECORDNO))
			.map((l) => [l.ACCOUNTNO, Number(l.TRX_AMOUNT)]);
		expect(adjLines).toEqual(
			expect.arrayContaining([
				['4000', -100],
				['2300', -23],
			]),
		);
		const cn2 = payment(SEED_IDS.invoice(11));
		expect(adjustments().find((a) => String(a.RECORDNO) === String((cn2.accounting as Rec).providerId))).toMatchObject({
			RECORDID: 'CN-0002',
			CURRENCY: 'GBP',
		});

		// The allocation: one credit-only payment applying the credit memo to INV-0009 in Intacct.
		const allocation = (cn1.allocations as Rec[])[0]!;
		const applied = intacctRecords('ARPYMT').find(
			(p) => String(p.RECORDNO) === String((allocation.accounting as Rec).providerId),
		)!;
		expect(applied).toBeDefined();
		const inv9 = arInvoices().find((i) => i.RECORDID === 'INV-0009')!;
		expect(
			env
				.records('intacct', 'ARPYMTDETAIL')
				.filter((d) => String(d.PAYMENTKEY) === String(applied.RECORDNO))
				.map((d) => [String(d.RECORDKEY), String(d.ADJUSTMENTKEY), Number(d.TRX_ADJUSTMENTAMOUNT)]),
		).toEqual([[String(inv9.RECORDNO), String(adj1.RECORDNO), 123]]);
		expect(inv9.STATE).toBe('Paid');
		expect(intacctRecords('ARPYMT').length).toBe(beforePay + 1);

		const again = await env.run('officernd-intacct/credit-notes.json');
		expect(again.errorMessage).toBeUndefined();
		expect(adjustments().length).toBe(beforeAdj + 2);
		expect(intacctRecords('ARPYMT').length).toBe(beforePay + 1);
	});
});

describe('6. refunds processed through credit notes → debit memo settled by the credit memo (officernd-intacct/credit-notes.json)', () => {
	it('posts each refund charge of a credit note (GBP and EUR) as a debit memo on its clearing account, applies the credit memo to it, writes it back, refuses a refund beyond the credit, and re-runs without creating anything', async () => {
		const cn2 = SEED_IDS.invoice(11); // CN-0002: Acme, GBP 50 + 20% = 60, unallocated, posted by the credit-notes test above
		const cn1 = SEED_IDS.invoice(10); // CN-0001: Celtic, EUR 123, fully allocated to INV-0009: no credit left
		const creditMemo = intacctRecords('ARADJUSTMENT').find(
			(a) => String(a.RECORDNO) === String((payment(cn2).accounting as Rec).providerId),
		)!;
		expect(Number(creditMemo.TRX_TOTALDUE)).toBeCloseTo(-60, 2);
		const r1 = String(
			(
				await orndApi('POST', '/charges', {
					payment: cn2,
					amount: -20,
					status: 'refund',
					account: 'Bank Transfer',
					reference: 'Refund BACS 1',
					date: '2025-03-20T10:00:00.000Z',
				})
			)._id,
		);
		const r2 = String(
			(
				await orndApi('POST', '/charges', {
					payment: cn2,
					amount: -15,
					status: 'refund',
					account: 'Credit Card',
					reference: 'Refund re_1',
					date: '2025-03-21T10:00:00.000Z',
				})
			)._id,
		);
		const tooMuch = String(
			(
				await orndApi('POST', '/charges', {
					payment: cn1,
					amount: -5,
					status: 'refund',
					account: 'Bank Transfer',
					reference: 'Refund BACS 2',
					date: '2025-03-22T10:00:00.000Z',
				})
			)._id,
		);
		// A new EUR credit note (Celtic, Dublin: 40 + 23% = 49.20 EUR), refunded in part: posted and refunded in the same run.
		const cnEur = String(
			(
				await orndApi('POST', '/payments', {
					documentType: 'creditNote',
					company: C.celtic,
					location: L.dublin,
					currency: 'EUR',
					status: 'awaiting_payment',
					number: 'CN-0101',
					date: '2025-03-18T00:00:00.000Z',
					dueDate: '2025-03-18T00:00:00.000Z',
					taxType: 'excluded',
					lines: [
						{
							description: 'Credit: desk outage',
							quantity: 1,
							unitPrice: 40,
							account: A.membership,
							plan: SEED_IDS.plan.privateOffice,
							taxRate: T.ieVat23,
						},
					],
				})
			)._id,
		);
		const rEur = String(
			(
				await orndApi('POST', '/charges', {
					payment: cnEur,
					amount: -20,
					status: 'refund',
					account: 'Bank Transfer',
					reference: 'Refund SEPA 1',
					date: '2025-03-23T10:00:00.000Z',
				})
			)._id,
		);
		const adjustments = () => intacctRecords('ARADJUSTMENT');
		const payments = () => intacctRecords('ARPYMT');
		const [beforeAdj, beforePay] = [adjustments().length, payments().length];

		const run = await env.run('officernd-intacct/credit-notes.json');
		expect(run.errorMessage).toBeUndefined();
		// The EUR credit memo and three debit memos; three applications.
		expect(adjustments().length).toBe(beforeAdj + 4);
		expect(payments().length).toBe(beforePay + 3);
		const charge = (id: string) => env.sandbox.state.system('officernd')!.store.get('charges', id)!.fields as Rec;
		const eurMemo = adjustments().find(
			(a) => String(a.RECORDNO) === String((payment(cnEur).accounting as Rec).providerId),
		)!;
		expect(eurMemo).toMatchObject({ RECORDID: 'CN-0101', CURRENCY: 'EUR', ADJUSTMENTTYPE: 'Credit Memo' });
		for (const [id, amount, account, currency, location, credit] of [
			[r1, 20, '1000', 'GBP', 'UK-LON', creditMemo],
			[r2, 15, '1200', 'GBP', 'UK-LON', creditMemo],
			[rEur, 20, '1000', 'EUR', 'UK', eurMemo],
		] as const) {
			// The debit memo: written back to the refund charge, on the clearing account, London, GBP, for Acme.
			const debitNo = String((charge(id).accounting as Rec).providerId);
			const debit = adjustments().find((a) => String(a.RECORDNO) === debitNo)!;
			expect(debit).toMatchObject({
				ADJUSTMENTTYPE: 'Debit Memo',
				CUSTOMERID: credit.CUSTOMERID,
				CURRENCY: currency,
				EXTERNALID: id,
				STATE: 'Paid',
			});
			expect(Number(debit.TRX_TOTALENTERED)).toBeCloseTo(amount, 2);
			// At the credit's rate, so both clear at the same base amount.
			expect(Number(debit.EXCHANGE_RATE)).toBeCloseTo(Number(credit.EXCHANGE_RATE), 6);
			expect(Number(debit.TRX_TOTALDUE)).toBeCloseTo(0, 2);
			const lines = env
				.records('intacct', 'ARADJUSTMENTITEM')
				.filter((l) => String(l.RECORDKEY) === debitNo)
				.map((l) => [l.ACCOUNTNO, Number(l.TRX_AMOUNT), l.LOCATIONID]);
			expect(lines).toEqual([[account, amount, location]]);
			// The application: one credit-only payment whose one detail applies the credit memo to this debit memo.
			const details = env.records('intacct', 'ARPYMTDETAIL').filter((d) => String(d.POSADJKEY) === debitNo);
			expect(
				details.map((d) => [String(d.ADJUSTMENTKEY), Number(d.TRX_ADJUSTMENTAMOUNT), d.TRX_PAYMENTAMOUNT ?? '']),
			).toEqual([[String(credit.RECORDNO), amount, '']]);
			const applied = payments().find((p) => String(p.RECORDNO) === String(details[0]!.PAYMENTKEY))!;
			expect(applied).toMatchObject({ CUSTOMERID: credit.CUSTOMERID, CURRENCY: currency, STATE: 'Posted' });
			expect(Number(applied.TRX_TOTALENTERED)).toBeCloseTo(0, 2);
		}
		// 60 - 20 - 15: the credit memo keeps 25 of credit.
		const memoAfter = adjustments().find((a) => String(a.RECORDNO) === String(creditMemo.RECORDNO))!;
		expect(Number(memoAfter.TRX_TOTALDUE)).toBeCloseTo(-25, 2);
		// 49.20 - 20 EUR.
		expect(
			Number(adjustments().find((a) => String(a.RECORDNO) === String(eurMemo.RECORDNO))!.TRX_TOTALDUE),
		).toBeCloseTo(-29.2, 2);
		expect(Number(eurMemo.EXCHANGE_RATE)).not.toBe(1);
		// CN-0001 has no credit left: its refund is refused, reaches the failure log, and posts nothing.
		expect((charge(tooMuch).accounting as Rec | null)?.providerId ?? '').toBe('');
		expect(adjustments().some((a) => a.EXTERNALID === tooMuch)).toBe(false);
		const failure = readFailureLog(logDir).find((f) => String(f.error).includes(tooMuch));
		expect(String(failure?.error)).toMatch(
			/refunds\[0\]\.amount: refund charge \w+ pays back 5\.00 EUR but only 0\.00 of the credit is left/,
		);

		const again = await env.run('officernd-intacct/credit-notes.json');
		expect(again.errorMessage).toBeUndefined();
		expect(adjustments().length).toBe(beforeAdj + 4);
		expect(payments().length).toBe(beforePay + 3);
	});

	it('published, a refund added in OfficeRnD reaches Intacct through the signed webhook at once, once', async () => {
		const cn2 = SEED_IDS.invoice(11);
		const creditMemoNo = String((payment(cn2).accounting as Rec).providerId);
		const memo = () => intacctRecords('ARADJUSTMENT').find((a) => String(a.RECORDNO) === creditMemoNo)!;
		expect(Number(memo().TRX_TOTALDUE)).toBeCloseTo(-25, 2);
		await env.n8n.importWorkflow(loadTemplate('officernd-intacct/credit-notes.json'));
		const server = await env.n8n.startN8n({ publish: ['tplOrdCredits001', ERROR_HANDLER_ID] });
		try {
			expect(server.activated).toContain('tplOrdCredits001');
			await waitFor('the webhook registration', () =>
				env
					.records('officernd', 'webhooks')
					.find((h) => String(h.url).startsWith(server.url) && (h.eventTypes as string[]).includes('invoice.updated')),
			);
			const [beforeAdj, beforePay] = [intacctRecords('ARADJUSTMENT').length, intacctRecords('ARPYMT').length];
			const refund = String(
				(
					await orndApi('POST', '/charges', {
						payment: cn2,
						amount: -10,
						status: 'refund',
						account: 'Bank Transfer',
						reference: 'Refund BACS 3',
						date: '2025-03-25T10:00:00.000Z',
					})
				)._id,
			);
			const debitNo = await waitFor(
				'the debit memo written back on the refund',
				() =>
					((env.sandbox.state.system('officernd')!.store.get('charges', refund)?.fields.accounting ?? {}) as Rec)
						.providerId as string | undefined,
				90_000,
			);
			expect(intacctRecords('ARADJUSTMENT').find((a) => String(a.RECORDNO) === String(debitNo))).toMatchObject({
				ADJUSTMENTTYPE: 'Debit Memo',
				EXTERNALID: refund,
				STATE: 'Paid',
			});
			expect(Number(memo().TRX_TOTALDUE)).toBeCloseTo(-15, 2);
			// The write-back changed the credit note again (invoice.updated): that run must post nothing.
			await fetch(`${env.sandbox.url}/__admin/officernd/deliveries/idle`);
			await new Promise((r) => setTimeout(r, 5000));
			expect(intacctRecords('ARADJUSTMENT').length).toBe(beforeAdj + 1);
			expect(intacctRecords('ARPYMT').length).toBe(beforePay + 1);
		} finally {
			await server.stop();
		}
	});
});

describe('5a. overpayments → AR advances (or payment overpayments), allocations → applications (officernd-intacct/overpayments.json)', () => {
	const advances = () => intacctRecords('ARADVANCE');
	const arPayments = () => intacctRecords('ARPYMT');
	const detailsOf = (paymentKey: unknown) =>
		env.records('intacct', 'ARPYMTDETAIL').filter((d) => String(d.PAYMENTKEY) === String(paymentKey));
	const op1 = SEED_IDS.invoice(12); // OP-0001: Brightside, GBP 100, 40 allocated to INV-0003
	const allocationsOf = (id: string) => payment(id).allocations as Rec[];

	it('posts the overpayment as an AR advance, applies its allocation to the Intacct invoice once, writes both back, and re-runs without writing anything', async () => {
		const beforeAdv = advances().length;
		const beforePay = arPayments().length;
		const run = await env.run('officernd-intacct/overpayments.json');
		expect(run.errorMessage).toBeUndefined();
		expect(readFailureLog(logDir).filter((f) => String(f.workflow).includes('overpayments'))).toEqual([]);
		expect(advances().length).toBe(beforeAdv + 1);
		const adv = advances().find((a) => String(a.RECORDNO) === String((payment(op1).accounting as Rec).providerId))!;
		expect(adv).toMatchObject({
			CUSTOMERID: intacctCustomerOf(payment(op1)),
			CURRENCY: 'GBP',
			PAYMENTMETHOD: 'EFT',
			FINANCIALENTITY: 'BARC-GBP',
			DOCNUMBER: 'OP-0001',
			STATE: 'Partially Paid',
		}); // 40 of 100 applied
		expect(Number(adv.TRX_TOTALENTERED)).toBeCloseTo(100, 2);
		expect(
			env
				.records('intacct', 'ARADVANCEITEM')
				.filter((l) => String(l.RECORDKEY) === String(adv.RECORDNO))
				.map((l) => [l.ACCOUNTNO, l.LOCATIONID, Number(l.TRX_AMOUNT)]),
		).toEqual([['2400', 'UK-MAN', 100]]);
		// The allocation (40 to INV-0003): one credit-only payment applying the advance, written back on the allocation.
		expect(arPayments().length).toBe(beforePay + 1);
		const inv3 = arInvoices().find((i) => i.RECORDID === 'INV-0003')!;
		const applied = arPayments().find(
			(p) => String(p.RECORDNO) === String((allocationsOf(op1)[0]!.accounting as Rec).providerId),
		)!;
		expect(
			detailsOf(applied.RECORDNO).map((d) => [
				String(d.RECORDKEY),
				String(d.ADVANCEKEY),
				Number(d.TRX_POSTEDADVANCEAMOUNT),
			]),
		).toEqual([[String(inv3.RECORDNO), String(adv.RECORDNO), 40]]);
		expect(Number(inv3.TRX_TOTALDUE)).toBeCloseTo(Number(inv3.TRX_TOTALENTERED) - 40, 2);
		expect(Number(advances().find((a) => a.RECORDNO === adv.RECORDNO)!.TRX_TOTALDUE)).toBeCloseTo(60, 2);

		const again = await env.run('officernd-intacct/overpayments.json');
		expect(again.errorMessage).toBeUndefined();
		expect(advances().length).toBe(beforeAdv + 1);
		expect(arPayments().length).toBe(beforePay + 1);
	});

	it('a later allocation in OfficeRnD applies more of the same advance, once', async () => {
		const inv10 = SEED_IDS.invoice(13); // INV-0010: Brightside, GBP 48
		await orndApi('POST', `/payments/${op1}/allocations`, { target: inv10, amount: 48 });
		const beforeAdv = advances().length;
		const beforePay = arPayments().length;
		const run = await env.run('officernd-intacct/overpayments.json');
		expect(run.errorMessage).toBeUndefined();
		expect(advances().length).toBe(beforeAdv);
		expect(arPayments().length).toBe(beforePay + 1);
		const second = allocationsOf(op1).find((a) => a.target === inv10)!;
		const applied = arPayments().find((p) => String(p.RECORDNO) === String((second.accounting as Rec).providerId))!;
		const intacctInv10 = arInvoices().find((i) => i.RECORDID === 'INV-0010')!;
		expect(detailsOf(applied.RECORDNO).map((d) => [String(d.RECORDKEY), Number(d.TRX_POSTEDADVANCEAMOUNT)])).toEqual([
			[String(intacctInv10.RECORDNO), 48],
		]);
		expect(intacctInv10.STATE).toBe('Paid');
		const again = await env.run('officernd-intacct/overpayments.json');
		expect(again.errorMessage).toBeUndefined();
		expect(arPayments().length).toBe(beforePay + 1);
	});

	it('switched to payment overpayments, posts one AR payment paying the allocated invoice with the rest as its overpayment, once', async () => {
		const wf = withSettings('officernd-intacct/overpayments.json', 'tplOrdOverpayPay', { overpaymentAs: 'payment' });
		await env.n8n.importWorkflow(wf);
		const created = await orndApi('POST', '/payments', {
			documentType: 'overpayment',
			company: C.acme,
			location: L.london,
			currency: 'GBP',
			status: 'awaiting_payment',
			taxType: 'noTax',
			date: '2025-04-04T00:00:00.000Z',
			lines: [{ description: 'Overpayment', quantity: 1, unitPrice: 150 }],
		});
		const id = String(created._id);
		await orndApi('POST', `/payments/${id}/allocations`, { target: SEED_IDS.invoice(2), amount: 48 }); // INV-0002: Acme, GBP 48
		const beforeAdv = advances().length;
		const beforePay = arPayments().length;
		const run = await env.n8n.executeWorkflow(wf.id!);
		expect(run.errorMessage).toBeUndefined();
		expect(advances().length).toBe(beforeAdv);
		expect(arPayments().length).toBe(beforePay + 1);
		const pay = arPayments().find((p) => String(p.RECORDNO) === String((payment(id).accounting as Rec).providerId))!;
		expect(pay).toMatchObject({
			CUSTOMERID: intacctCustomerOf(payment(id)),
			PAYMENTMETHOD: 'EFT',
			FINANCIALENTITY: 'BARC-GBP',
			CURRENCY: 'GBP',
			OVERPAYMENTLOCATIONID: 'UK-LON',
			STATE: 'Posted',
		});
		expect(Number(pay.TRX_TOTALENTERED)).toBeCloseTo(150, 2);
		expect(Number(pay.OVERPAYMENTAMOUNT)).toBeCloseTo(102, 2);
		const inv2 = arInvoices().find((i) => i.RECORDID === 'INV-0002')!;
		expect(detailsOf(pay.RECORDNO).map((d) => [String(d.RECORDKEY), Number(d.TRX_PAYMENTAMOUNT)])).toEqual([
			[String(inv2.RECORDNO), 48],
		]);
		expect(inv2.STATE).toBe('Paid');
		expect((allocationsOf(id)[0]!.accounting as Rec).providerId).toBe(String(pay.RECORDNO));

		const again = await env.n8n.executeWorkflow(wf.id!);
		expect(again.errorMessage).toBeUndefined();
		expect(arPayments().length).toBe(beforePay + 1);
		expect(advances().length).toBe(beforeAdv);
	});
});

describe('5a. overpayments, started by the signed OfficeRnD webhook in a running n8n', () => {
	it('an overpayment created in OfficeRnD becomes an AR advance, and its allocation an application of it, once each', async () => {
		await env.n8n.importWorkflow(loadTemplate('officernd-intacct/overpayments.json'));
		const server = await env.n8n.startN8n({ publish: ['tplOrdOverpay001', ERROR_HANDLER_ID] });
		try {
			await waitFor('the webhook registration', () =>
				env
					.records('officernd', 'webhooks')
					.find(
						(h) =>
							String(h.url).startsWith(server.url) && (h.eventTypes as string[]).includes('invoice.allocation.created'),
					),
			);
			const invoice = env.sandbox.state
				.system('officernd')!
				.store.list('payments')
				.find((d) => d.fields.number === 'INV-0101')!; // Acme, GBP, synced by test 2
			const created = await orndApi('POST', '/payments', {
				documentType: 'overpayment',
				company: C.acme,
				location: L.london,
				currency: 'GBP',
				status: 'awaiting_payment',
				taxType: 'noTax',
				date: '2025-04-08T00:00:00.000Z',
				lines: [{ description: 'Overpayment', quantity: 1, unitPrice: 80 }],
			});
			const id = String(created._id);
			const advanceNo = await waitFor(
				'the advance written back',
				() => (payment(id).accounting as Rec | null)?.providerId as string | undefined,
				90_000,
			);
			const adv = intacctRecords('ARADVANCE').find((a) => String(a.RECORDNO) === String(advanceNo))!;
			expect(adv).toMatchObject({
				DOCNUMBER: String(created.number),
				CURRENCY: 'GBP',
				CUSTOMERID: intacctCustomerOf(payment(id)),
			});
			expect(Number(adv.TRX_TOTALENTERED)).toBeCloseTo(80, 2);

			await orndApi('POST', `/payments/${id}/allocations`, { target: invoice.id, amount: 30 });
			const appliedNo = await waitFor(
				'the application written back',
				() => ((payment(id).allocations as Rec[])[0]?.accounting as Rec | null)?.providerId as string | undefined,
				90_000,
			);
			const details = env.records('intacct', 'ARPYMTDETAIL').filter((d) => String(d.PAYMENTKEY) === String(appliedNo));
			const intacctInvoice = intacctRecords('ARINVOICE').find((i) => i.RECORDID === 'INV-0101')!;
			expect(
				details.map((d) => [String(d.RECORDKEY), String(d.ADVANCEKEY), Number(d.TRX_POSTEDADVANCEAMOUNT)]),
			).toEqual([[String(intacctInvoice.RECORDNO), String(advanceNo), 30]]);
			// Our write-backs emitted more events: none may write a second advance or application.
			await fetch(`${env.sandbox.url}/__admin/officernd/deliveries/idle`);
			await new Promise((r) => setTimeout(r, 20_000));
			expect(intacctRecords('ARADVANCE').filter((a) => a.DOCNUMBER === created.number)).toHaveLength(1);
			expect(
				env.records('intacct', 'ARPYMTDETAIL').filter((d) => String(d.ADVANCEKEY) === String(advanceNo)),
			).toHaveLength(1);
		} finally {
			await server.stop();
		}
	});
});
