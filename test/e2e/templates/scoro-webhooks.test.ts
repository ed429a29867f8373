/**
 * Scoro → Sage Intacct templates started by Scoro's own webhook: the template is imported as
 * shipped, published in a started n8n (its Scoro Trigger subscribes in the sandbox), and a change
 * made through the Scoro API is delivered by the sandbox and synced at once.
 */
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { cleanup } from '../../helpers/n8n';
import {
	expectTemplateSuccess,
	loadTemplate,
	templateEnv,
	waitFor as waitForIt,
	type TemplateEnv,
} from '../../helpers/templates';
import { SCORO_SANDBOX_CREDENTIALS } from '../../../sandbox/scoro/seed';
import { ERROR_HANDLER_ID, errorHandlerFor, readFailureLog } from './common-error-log';

let env: TemplateEnv;
const logDir = mkdtempSync(path.join(tmpdir(), 'sync-failures-'));
type Rec = Record<string, any>;

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

async function scoroApi(pathname: string, request: Rec): Promise<Rec> {
	const res = await fetch(`${env.sandbox.systemUrl('scoro')}/api/v2/${pathname}`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({
			apiKey: SCORO_SANDBOX_CREDENTIALS.apiKey,
			company_account_id: SCORO_SANDBOX_CREDENTIALS.companyAccountId,
			request,
		}),
	});
	const body = (await res.json()) as Rec;
	if (res.status !== 200) throw new Error(`Scoro ${pathname}: ${res.status} ${JSON.stringify(body)}`);
	return body.data as Rec;
}

describe('17. Scoro receipts → AR payments, started by the Scoro webhook (scoro-intacct/receipts.json)', () => {
	it('a receipt entered in Scoro becomes one AR payment applied to its invoice at once; a redelivery adds nothing', async () => {
		const intacct = env.sandbox.state.system('intacct')!.store;
		// The invoices come first (template 14), posted by the accountant; the backfill pays what Scoro already has.
		expectTemplateSuccess(await env.run('scoro-intacct/invoices.json'), () => readFailureLog(logDir));
		for (const inv of intacct.list('ARINVOICE').filter((r) => r.fields.STATE === 'Draft'))
			intacct.update('ARINVOICE', inv.id, { STATE: 'Posted' });
		expectTemplateSuccess(await env.run('scoro-intacct/receipts.json'), () => readFailureLog(logDir));
		const paymentsBefore = intacct.list('ARPYMT').length;

		// Scoro invoice 2 (USD) is partly paid: a new receipt of 250.00 against it.
		const invoice = intacct.list('ARINVOICE').find((r) => r.fields.EXTERNALID === '2')!;
		expect(invoice).toBeDefined();
		const dueBefore = Number(intacct.get('ARINVOICE', invoice.id)!.fields.TRX_TOTALDUE);
		expect(dueBefore).toBeGreaterThan(250);

		const server = await env.n8n.startN8n({
			publish: [loadTemplate('scoro-intacct/receipts.json').id!, ERROR_HANDLER_ID],
		});
		try {
			const hooks = await waitFor('the Scoro webhook subscriptions', () => {
				const list = env
					.records('scoro', 'webhooks')
					.filter((h) => h.module === 'receipts' && String(h.url).startsWith(server.url));
				return list.length === 2 && list;
			});
			expect(hooks.map((h) => h.action).sort()).toEqual(['create', 'modify']);

			const created = await scoroApi('receipts/modify', {
				date: '2026-11-02',
				contact_id: 2,
				currency: 'USD',
				sum: 250,
				sales_doc_type: 'invoices',
				receipt_account_id: 2,
				receipts: [{ date: '2026-11-02', invoice_id: 2, sum: 250 }],
			});
			const payment = await waitFor(
				'the AR payment of the new receipt',
				() => intacct.list('ARPYMT').length > paymentsBefore && intacct.list('ARPYMT').at(-1),
			);
			expect(payment.fields).toMatchObject({
				CUSTOMERID: invoice.fields.CUSTOMERID,
				CURRENCY: 'USD',
				PAYMENTMETHOD: 'EFT',
				FINANCIALENTITY: 'BOA-OPS',
			});
			const details = intacct.list('ARPYMTDETAIL').filter((d) => String(d.fields.PAYMENTKEY) === payment.id);
			expect(details.map((d) => [String(d.fields.RECORDKEY), Number(d.fields.TRX_PAYMENTAMOUNT)])).toEqual([
				[invoice.id, 250],
			]);
			expect(Number(intacct.get('ARINVOICE', invoice.id)!.fields.TRX_TOTALDUE)).toBeCloseTo(dueBefore - 250, 2);

			// Scoro delivers again (its retry): the idempotency key makes it a replay, not a second payment.
			const deliveries = async () =>
				(await (await fetch(`${env.sandbox.url}/__admin/scoro/deliveries`)).json()) as Array<{
					n: number;
					status?: number;
				}>;
			const first = await deliveries();
			expect(first.length).toBeGreaterThan(0);
			expect(first.every((d) => d.status === 200)).toBe(true);
			await fetch(`${env.sandbox.url}/__admin/scoro/deliveries/${first.at(-1)!.n}/redeliver`, {
				method: 'POST',
				body: '{}',
				headers: { 'content-type': 'application/json' },
			});
			const until = Date.now() + 15_000;
			while (Date.now() < until && (await deliveries()).some((d) => d.status === undefined))
				await new Promise((r) => setTimeout(r, 250));
			expect((await deliveries()).length).toBe(first.length + 1);
			// Give a (wrong) second payment time to be written before asserting there is none.
			await new Promise((r) => setTimeout(r, 5_000));
			expect(intacct.list('ARPYMT').length).toBe(paymentsBefore + 1);
			expect(String(created.id)).not.toBe('');
		} finally {
			await server.stop();
		}
	});
});

describe('14. Scoro invoices → AR invoices, started by the Scoro webhook (scoro-intacct/invoices.json)', () => {
	it('an invoice entered in Scoro becomes an AR invoice in Intacct at once, and only it', async () => {
		const intacct = env.sandbox.state.system('intacct')!.store;
		const before = intacct.list('ARINVOICE').length;
		await env.n8n.importWorkflow(loadTemplate('scoro-intacct/invoices.json'));
		const server = await env.n8n.startN8n({
			publish: [loadTemplate('scoro-intacct/invoices.json').id!, ERROR_HANDLER_ID],
		});
		try {
			await waitFor('the Scoro invoice webhook subscriptions', () => {
				const list = env
					.records('scoro', 'webhooks')
					.filter((h) => h.module === 'invoices' && String(h.url).startsWith(server.url));
				return list.length === 2 && list;
			});
			const created = await scoroApi('invoices/modify', {
				no: 2201,
				company_id: 1,
				date: '2026-11-03',
				deadline: '2026-11-17',
				currency: 'GBP',
				status: 'unpaid',
				description: 'Webhook invoice',
				lines: [
					{
						comment: 'Advisory',
						price: 100,
						amount: 2,
						discount: 0,
						vat_code_id: 1,
						finance_account_id: 2,
						finance_object_id: 3,
					},
				],
			});
			const id = String(created.id);
			const invoice = await waitFor(`the AR invoice of the new Scoro invoice ${id}`, () =>
				intacct.list('ARINVOICE').find((r) => r.fields.EXTERNALID === id),
			);
			const scoroInvoice = env.sandbox.state.system('scoro')!.store.get('invoices', id)!.fields as Rec;
			expect(invoice.fields).toMatchObject({ RECORDID: '2201', CUSTOMERID: 'C-0012', STATE: 'Draft' });
			expect(Number(invoice.fields.TRX_TOTALENTERED)).toBeCloseTo(
				Number(scoroInvoice.sum) + Number(scoroInvoice.vat_sum),
				2,
			);
			await new Promise((r) => setTimeout(r, 3_000));
			// Only the reported invoice was read and written.
			expect(intacct.list('ARINVOICE').length).toBe(before + 1);
		} finally {
			await server.stop();
		}
	});
});

describe('15. Scoro bills → AP bills, started by the Scoro webhook (scoro-intacct/bills.json)', () => {
	it('a bill entered in Scoro becomes an AP bill in Intacct at once, and only it', async () => {
		const intacct = env.sandbox.state.system('intacct')!.store;
		const before = intacct.list('APBILL').length;
		await env.n8n.importWorkflow(loadTemplate('scoro-intacct/bills.json'));
		const server = await env.n8n.startN8n({
			publish: [loadTemplate('scoro-intacct/bills.json').id!, ERROR_HANDLER_ID],
		});
		try {
			await waitFor('the Scoro bill webhook subscriptions', () => {
				const list = env
					.records('scoro', 'webhooks')
					.filter((h) => h.module === 'bills' && String(h.url).startsWith(server.url));
				return list.length === 2 && list;
			});
			const created = await scoroApi('bills/modify', {
				no: 'WH-B-1',
				company_id: 3,
				date: '2026-11-04',
				deadline: '2026-12-04',
				currency: 'GBP',
				status: 'unpaid',
				description: 'Webhook bill',
				lines: [
					{
						comment: 'Cables',
						price: 50,
						amount: 2,
						discount: 0,
						vat_code_id: 1,
						finance_account_id: 3,
						finance_object_id: 3,
					},
				],
			});
			const bill = await waitFor('the AP bill of the new Scoro bill', () =>
				intacct.list('APBILL').find((r) => r.fields.RECORDID === 'WH-B-1'),
			);
			const scoroBill = env.sandbox.state.system('scoro')!.store.get('bills', String(created.id))!.fields as Rec;
			expect(bill.fields).toMatchObject({ VENDORID: 'V-0001', CURRENCY: 'GBP' });
			const lines = intacct
				.list('APBILLITEM')
				.filter((l) => String(l.fields.RECORDKEY) === bill.id)
				.map((l) => l.fields as Rec);
			expect(lines.map((l) => [l.ENTRYDESCRIPTION, Number(l.TRX_AMOUNT)])).toEqual([['Cables', Number(scoroBill.sum)]]);
			await new Promise((r) => setTimeout(r, 3_000));
			expect(intacct.list('APBILL').length).toBe(before + 1);
		} finally {
			await server.stop();
		}
	});
});
