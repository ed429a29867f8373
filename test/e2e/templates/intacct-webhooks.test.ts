/**
 * Sage Intacct → other systems templates started by Intacct's own webhook (a Platform Trigger with
 * webhook delivery, notes §6.2): the template is imported as shipped and published in a started n8n,
 * and the sandbox posts the event with the bearer token of the sandbox webhook credential.
 */
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { cleanup } from '../../helpers/n8n';
import { loadTemplate, templateEnv, waitFor as waitForIt, type TemplateEnv } from '../../helpers/templates';
import { ERROR_HANDLER_ID, errorHandlerFor, readFailureLog } from './common-error-log';

let env: TemplateEnv;
const logDir = mkdtempSync(path.join(tmpdir(), 'sync-failures-'));
type Rec = Record<string, any>;
/** The sandbox webhook credential's token (scripts/sandbox-credentials.js). */
const TOKEN = 'sandbox-intacct-webhook-token';

beforeAll(async () => {
	env = await templateEnv();
	await env.n8n.importWorkflow(errorHandlerFor(logDir));
	await env.n8n.publishWorkflow(ERROR_HANDLER_ID);
}, 600_000);

afterAll(async () => {
	await cleanup();
	await env?.sandbox.close();
});

/** waitFor with this file's failure log as the explanation. */
const waitFor = <T>(what: string, fn: () => T | undefined | null | false, timeoutMs = 60_000) =>
	waitForIt(what, fn, timeoutMs, () => readFailureLog(logDir));

/** The sandbox posts as Intacct would; returns the status of each attempt. */
async function deliver(url: string, body: Rec): Promise<Array<{ status: number; body?: string }>> {
	const res = await fetch(`${env.sandbox.url}/__admin/intacct/webhook`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ url, token: TOKEN, maxAttempts: 1, ...body }),
	});
	return ((await res.json()) as Rec).attempts as Array<{ status: number; body?: string }>;
}

/** The production webhook URL of a template's trigger node. */
function hookUrl(serverUrl: string, template: string, node: string): string {
	const trigger = (loadTemplate(template).nodes as Array<{ name: string; webhookId?: string }>).find(
		(n) => n.name === node,
	);
	if (!trigger?.webhookId) throw new Error(`${template} has no webhook node "${node}"`);
	return `${serverUrl}webhook/${trigger.webhookId}/webhook`;
}

describe('9. Sage Intacct → Re-Leased invoices, started by the Intacct webhook (intacct-released/invoices.json)', () => {
	const template = 'intacct-released/invoices.json';

	it('an invoice posted in Intacct reaches Re-Leased at once with its lines; a retried post adds nothing', async () => {
		const intacct = env.sandbox.state.system('intacct')!.store;
		const header = intacct.insert(
			'ARINVOICE',
			{
				RECORDID: 'IA-7001',
				CUSTOMERID: 'C-0001',
				CUSTOMERNAME: 'Acme Coworking Ltd',
				DOCNUMBER: 'July service charge',
				DESCRIPTION: 'Service charge',
				EXTERNALID: '',
				STATE: 'Posted',
				MODULEKEY: '4.AR',
				WHENDUE: '07/31/2024',
				CURRENCY: 'NZD',
				BASECURR: 'USD',
				EXCHANGE_RATE: '0.6',
				TRX_TOTALENTERED: '450.00',
				TRX_TOTALDUE: '450.00',
				TRX_TOTALPAID: '0.00',
				TOTALENTERED: '270.00',
				TOTALDUE: '270.00',
				TOTALPAID: '0.00',
			},
			{ createdAt: '2024-07-01T09:00:00Z', modifiedAt: '2024-07-01T09:00:00Z' },
		);
		intacct.insert('ARINVOICEITEM', {
			RECORDKEY: header.id,
			LINE_NO: '1',
			ACCOUNTNO: '4100',
			ENTRYDESCRIPTION: 'Service charge July',
			LOCATIONID: 'US-NYC',
			AMOUNT: '270.00',
			TRX_AMOUNT: '450.00',
			TRX_TOTALDUE: '450.00',
			TAXENTRIES: '',
		});
		// Another invoice entered in Intacct that nobody posted about: the webhook run must leave it to the schedule.
		const other = intacct.insert(
			'ARINVOICE',
			{
				RECORDID: 'IA-7002',
				CUSTOMERID: 'C-0001',
				CUSTOMERNAME: 'Acme Coworking Ltd',
				DOCNUMBER: 'Other',
				DESCRIPTION: 'Other',
				EXTERNALID: '',
				STATE: 'Posted',
				MODULEKEY: '4.AR',
				WHENDUE: '07/31/2024',
				CURRENCY: 'NZD',
				BASECURR: 'USD',
				EXCHANGE_RATE: '0.6',
				TRX_TOTALENTERED: '10.00',
				TRX_TOTALDUE: '10.00',
				TRX_TOTALPAID: '0.00',
				TOTALENTERED: '6.00',
				TOTALDUE: '6.00',
				TOTALPAID: '0.00',
			},
			{ createdAt: '2024-07-02T09:00:00Z', modifiedAt: '2024-07-02T09:00:00Z' },
		);
		intacct.insert('ARINVOICEITEM', {
			RECORDKEY: other.id,
			LINE_NO: '1',
			ACCOUNTNO: '4100',
			ENTRYDESCRIPTION: 'Other',
			LOCATIONID: 'US-NYC',
			AMOUNT: '6.00',
			TRX_AMOUNT: '10.00',
			TRX_TOTALDUE: '10.00',
			TAXENTRIES: '',
		});
		const before = env.records('released', 'invoice').length;

		await env.n8n.importWorkflow(loadTemplate(template));
		const id = loadTemplate(template).id!;
		const server = await env.n8n.startN8n({ publish: [id, ERROR_HANDLER_ID] });
		try {
			expect(server.activated).toContain(id);
			const url = hookUrl(server.url, template, 'Intacct Invoice Changed');
			const attempts = await deliver(url, {
				object: 'ARINVOICE',
				recordNo: header.id,
				event: 'Add',
				idempotencyKey: 'ia-7001-add',
			});
			expect(attempts[0]!.status).toBe(200);
			const copy = await waitFor('the Re-Leased copy of IA-7001', () =>
				env.records('released', 'invoice').find((r) => r.invoiceNumber === 'IA-7001'),
			);
			expect(copy).toMatchObject({
				type: 'Income',
				status: 'Approved',
				contactId: 'con_1',
				issueDate: '2024-07-01',
				dueDate: '2024-07-31',
				reference: 'July service charge',
				currency: 'NZD',
				total: 450,
				totalTax: 0,
			});
			expect(copy.lines).toEqual([
				{
					description: 'Service charge July',
					accountCode: '200',
					tracking: { category: 'Property', option: '12 Queen St' },
					amountExclTax: 450,
					taxAmount: 0,
				},
			]);
			// Only that invoice was read and written: the webhook run is narrowed to the posted record.
			expect(env.records('released', 'invoice').length).toBe(before + 1);
			expect(env.records('released', 'invoice').filter((r) => r.invoiceNumber === 'IA-7002')).toEqual([]);

			// Intacct retries with the same idempotency key: acknowledged, nothing runs again.
			const retry = await deliver(url, {
				object: 'ARINVOICE',
				recordNo: header.id,
				event: 'Add',
				idempotencyKey: 'ia-7001-add',
			});
			expect(retry[0]!.status).toBe(200);
			expect(JSON.parse(retry[0]!.body ?? '{}')).toMatchObject({ duplicate: true });
			// A wrong token starts nothing.
			const wrong = await fetch(url, {
				method: 'POST',
				headers: { 'content-type': 'application/json', authorization: 'Bearer nope' },
				body: JSON.stringify({ object: 'ARINVOICE', recordNo: header.id }),
			});
			expect(wrong.status).toBe(401);
			await new Promise((r) => setTimeout(r, 4_000));
			expect(env.records('released', 'invoice').filter((r) => r.invoiceNumber === 'IA-7001')).toHaveLength(1);
			expect(readFailureLog(logDir)).toEqual([]);
		} finally {
			await server.stop();
		}
	});
});

describe('12. Sage Intacct customers → Re-Leased contacts, started by the Intacct webhook (intacct-released/contacts.json)', () => {
	const template = 'intacct-released/contacts.json';

	it('the posted customer, and only it, becomes a Re-Leased contact at once', async () => {
		const customer = env.sandbox.state
			.system('intacct')!
			.store.find('CUSTOMER', (r) => r.fields.CUSTOMERID === 'C-0003')!;
		const name = String(customer.fields.NAME);
		const before = env.records('released', 'contact');
		expect(before.filter((c) => c.name === name)).toEqual([]);

		await env.n8n.importWorkflow(loadTemplate(template));
		const id = loadTemplate(template).id!;
		const server = await env.n8n.startN8n({ publish: [id, ERROR_HANDLER_ID] });
		try {
			const attempts = await deliver(hookUrl(server.url, template, 'Intacct Customer Changed'), {
				object: 'CUSTOMER',
				recordNo: customer.id,
				event: 'Set',
				idempotencyKey: 'c-0003-set',
			});
			expect(attempts[0]!.status).toBe(200);
			const contact = await waitFor(`the Re-Leased contact of ${name}`, () =>
				env.records('released', 'contact').find((c) => c.name === name),
			);
			expect(contact).toMatchObject({
				email: customer.fields.EMAIL1,
				telephone: customer.fields.PHONE1,
				correspondenceName: customer.fields.PRINTAS,
			});
			await new Promise((r) => setTimeout(r, 3_000));
			// Every other Intacct customer waits for the schedule.
			expect(env.records('released', 'contact').length).toBe(before.length + 1);
		} finally {
			await server.stop();
		}
	});
});

describe('16. Sage Intacct bills → Scoro, started by the Intacct webhook (intacct-scoro/bills.json)', () => {
	const template = 'intacct-scoro/bills.json';

	it('the posted bill, and only it, becomes a Scoro bill at once with its lines', async () => {
		const intacct = env.sandbox.state.system('intacct')!.store;
		const bills = intacct.list('APBILL').filter((b) => b.fields.STATE !== 'Draft');
		expect(bills.length).toBeGreaterThan(0);
		const bill = bills[0]!;
		// A second matching bill nobody posted about: the webhook run must leave it to the schedule.
		const other = intacct.insert('APBILL', { ...bill.fields, RECORDID: 'WH-OTHER-1' });
		for (const l of intacct.list('APBILLITEM').filter((x) => String(x.fields.RECORDKEY) === bill.id))
			intacct.insert('APBILLITEM', { ...l.fields, RECORDKEY: other.id });
		expect(env.records('scoro', 'bills').filter((b) => b.no === bill.fields.RECORDID)).toEqual([]);
		const scoroBillsBefore = env.records('scoro', 'bills').length;

		await env.n8n.importWorkflow(loadTemplate(template));
		const id = loadTemplate(template).id!;
		const server = await env.n8n.startN8n({ publish: [id, ERROR_HANDLER_ID] });
		try {
			const attempts = await deliver(hookUrl(server.url, template, 'Intacct Bill Changed'), {
				object: 'APBILL',
				recordNo: bill.id,
				event: 'Set',
				idempotencyKey: `bill-${bill.id}-set`,
			});
			expect(attempts[0]!.status).toBe(200);
			const copy = await waitFor(`the Scoro copy of bill ${String(bill.fields.RECORDID)}`, () =>
				env.records('scoro', 'bills').find((b) => b.no === bill.fields.RECORDID),
			);
			const lines = intacct
				.list('APBILLITEM')
				.filter((l) => String(l.fields.RECORDKEY) === bill.id)
				.map((l) => l.fields as Rec);
			expect(copy).toMatchObject({
				currency: bill.fields.CURRENCY,
				sum: lines.reduce((s, l) => s + Number(l.TRX_AMOUNT), 0),
			});
			expect((copy.lines as Rec[]).map((l) => [l.comment, l.price])).toEqual(
				lines.map((l) => [l.ENTRYDESCRIPTION, Number(l.TRX_AMOUNT)]),
			);
			await new Promise((r) => setTimeout(r, 3_000));
			// The other bills wait for the schedule.
			expect(env.records('scoro', 'bills').length).toBe(scoroBillsBefore + 1);
		} finally {
			await server.stop();
		}
	});
});

describe('17. Sage Intacct AP payments → Scoro receipts, started by the Intacct webhook (intacct-scoro/receipts.json)', () => {
	const template = 'intacct-scoro/receipts.json';

	it('the posted AP payment becomes a receipt of the Scoro bill at once; the AR side reads nothing', async () => {
		const intacct = env.sandbox.state.system('intacct')!.store;
		// The bill the block above copied to Scoro (same number), paid in Intacct by accounting staff.
		const scoroBill = env
			.records('scoro', 'bills')
			.find((b) => intacct.list('APBILL').some((i) => i.fields.RECORDID === b.no && i.fields.STATE !== 'Draft'));
		expect(scoroBill).toBeDefined();
		const bill = intacct.list('APBILL').find((i) => i.fields.RECORDID === scoroBill!.no)!;
		const amount = Number(bill.fields.TOTALDUE ?? bill.fields.TRX_TOTALENTERED);
		const payment = intacct.insert('APPYMT', {
			VENDORID: bill.fields.VENDORID,
			FINANCIALENTITY: 'BOA-OPS',
			PAYMENTMETHOD: 'EFT',
			STATE: 'Complete',
			PAYMENTDATE: '11/02/2026',
			CURRENCY: bill.fields.CURRENCY,
			BASECURR: 'USD',
			TOTALENTERED: amount.toFixed(2),
			DESCRIPTION: '',
		});
		intacct.insert('APPYMTDETAIL', {
			PAYMENTKEY: payment.id,
			RECORDKEY: bill.id,
			TRX_PAYMENTAMOUNT: amount.toFixed(2),
		});
		const receiptsBefore = env.records('scoro', 'receipts').length;

		await env.n8n.importWorkflow(loadTemplate(template));
		const server = await env.n8n.startN8n({ publish: [loadTemplate(template).id!, ERROR_HANDLER_ID] });
		try {
			// Posted to the AR trigger, an AP payment is refused (wrong object) and starts nothing.
			const wrong = await deliver(hookUrl(server.url, template, 'Intacct AR Payment Posted'), {
				object: 'APPYMT',
				recordNo: payment.id,
				event: 'Add',
				idempotencyKey: `appymt-${payment.id}-wrong`,
			});
			expect(wrong[0]!.status).not.toBe(500);
			const attempts = await deliver(hookUrl(server.url, template, 'Intacct AP Payment Posted'), {
				object: 'APPYMT',
				recordNo: payment.id,
				event: 'Add',
				idempotencyKey: `appymt-${payment.id}-add`,
			});
			expect(attempts[0]!.status).toBe(200);
			const receipt = await waitFor('the Scoro receipt of the AP payment', () =>
				env.records('scoro', 'receipts').find(
					(r) =>
						r.sales_doc_type === 'bills' &&
						(r.receipts as Rec[]).some(
							(l) =>
								Number(l.invoice_id) ===
								Number(
									env.sandbox.state
										.system('scoro')!
										.store.list('bills')
										.find((b) => b.fields.no === scoroBill!.no)!.id,
								),
						),
				),
			);
			expect(receipt).toMatchObject({ date: '2026-11-02', currency: bill.fields.CURRENCY, sum: amount });
			await new Promise((r) => setTimeout(r, 3_000));
			expect(env.records('scoro', 'receipts').length).toBe(receiptsBefore + 1);
		} finally {
			await server.stop();
		}
	});
});
