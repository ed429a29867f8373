/**
 * Re-Leased ↔ Sage Intacct templates (workflows/released-intacct/*, workflows/intacct-released/*)
 * imported AS SHIPPED into real n8n and run from their manual triggers against the sandbox. Each
 * test asserts the target system record by record, then runs the template again and asserts
 * nothing new was written.
 */
import { cleanup, type N8nRun } from '../../helpers/n8n';
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { allRuns, expectTemplateSuccess, failedItems, templateEnv, type TemplateEnv } from '../../helpers/templates';
import { ERROR_HANDLER_ID, errorHandlerFor, readFailureLog } from './common-error-log';
import { applyToInvoice, buildCreditNote } from '../../../sandbox/released/model';

let env: TemplateEnv;
const logDir = mkdtempSync(path.join(tmpdir(), 'sync-failures-'));
type Rec = Record<string, any>;

beforeAll(async () => {
	env = await templateEnv();
	// Failure paths call the shared error workflow by its fixed id: installed and published as users do.
	await env.n8n.importWorkflow(errorHandlerFor(logDir));
	await env.n8n.publishWorkflow(ERROR_HANDLER_ID);
}, 600_000);

afterAll(async () => {
	await cleanup();
	await env?.sandbox.close();
});

const released = (collection: string): Rec[] => env.records('released', collection);
const intacct = (collection: string): Rec[] => env.records('intacct', collection);
/** Operations (resource.verb / Intacct functions) the sandbox saw for a system since the last clear. */
const calls = (system: string): string[] => env.sandbox.state.log.list({ system }).flatMap((e) => e.operations ?? []);
const clearLog = () => env.sandbox.state.log.clear();
const WRITE = /\.(create|update|archive|void)$/;

const expectSuccess = (run: N8nRun) => expectTemplateSuccess(run, () => readFailureLog(logDir));

describe('8. Sage Intacct → Re-Leased: dimensions, tax details and accounts (intacct-released/master-data.json)', () => {
	const template = 'intacct-released/master-data.json';

	it('creates the chart of accounts, tax types and Property tracking options from Intacct, and writes nothing on a second run', async () => {
		const run = await env.run(template);
		expectSuccess(run);
		expect(failedItems(run)).toEqual([]);

		const accounts = released('account');
		for (const a of intacct('GLACCOUNT')) {
			const matches = accounts.filter((r) => r.code === a.ACCOUNTNO);
			expect(matches).toHaveLength(1);
			const type = a.ACCOUNTTYPE === 'balancesheet' ? 'Asset' : a.NORMALBALANCE === 'credit' ? 'Revenue' : 'Expense';
			expect(matches[0]).toMatchObject({ name: a.TITLE, type, status: 'Active' });
		}
		const taxTypes = released('taxType');
		for (const d of intacct('TAXDETAIL')) {
			const matches = taxTypes.filter((r) => r.name === d.DETAILID);
			expect(matches).toHaveLength(1);
			expect(matches[0]).toMatchObject({ code: d.DETAILID, rate: Number(d.VALUE), status: 'Active' });
		}
		const tracking = released('trackingOption');
		const locations = intacct('LOCATION').filter((l) => (l.STATUS ?? 'active') === 'active');
		expect(locations.length).toBeGreaterThan(0);
		for (const l of locations) {
			expect(
				tracking.filter((r) => r.category === 'Property' && r.name === l.NAME && r.status === 'Active'),
			).toHaveLength(1);
		}
		// Re-Leased's own properties keep their tracking options.
		expect(tracking.filter((r) => r.name === '12 Queen St')).toHaveLength(1);

		clearLog();
		const counts = [released('account').length, released('taxType').length, released('trackingOption').length];
		const again = await env.run(template);
		expectSuccess(again);
		expect(calls('released').filter((op) => WRITE.test(op))).toEqual([]);
		expect([released('account').length, released('taxType').length, released('trackingOption').length]).toEqual(counts);
		expect(allRuns(again, 'Up to Date').length).toBe(
			intacct('GLACCOUNT').length + intacct('TAXDETAIL').length + intacct('LOCATION').length,
		);
	});

	it('archives in Re-Leased what was made inactive in Intacct', async () => {
		const account = env.sandbox.state.system('intacct')!.store.find('GLACCOUNT', (r) => r.fields.ACCOUNTNO === '6200')!;
		env.sandbox.state.system('intacct')!.store.update('GLACCOUNT', account.id, { STATUS: 'inactive' });
		clearLog();
		const run = await env.run(template);
		expectSuccess(run);
		expect(calls('released').filter((op) => WRITE.test(op))).toEqual(['account.archive']);
		expect(
			released('account')
				.filter((r) => r.code === '6200')
				.map((r) => r.status),
		).toEqual(['Archived']);
	});
});

describe('9. Re-Leased → Sage Intacct: income invoices (released-intacct/invoices.json)', () => {
	const template = 'released-intacct/invoices.json';
	/** The template's seeded mapping rows, restated. */
	const CUSTOMER: Record<string, string> = { con_1: 'C-0001', con_2: 'C-0009', con_3: 'C-0011' };
	const LOCATION: Record<string, string> = { '12 Queen St': 'US-NYC', '88 Harbour Rd': 'US-SF', '5 Market Lane': 'US' };
	const money = (n: unknown) => Number(n).toFixed(2);

	it('writes Awaiting Approval invoices as Draft and approved ones as posted AR invoices, skips drafts and voids, and changes nothing on a second run', async () => {
		const run = await env.run(template);
		expectSuccess(run);
		expect(failedItems(run)).toEqual([]);

		const store = env.sandbox.state.system('intacct')!.store;
		const income = env.sandbox.state
			.system('released')!
			.store.list('invoice')
			.filter((r) => r.fields.type === 'Income');
		const sent = income.filter((r) => !['Draft', 'Voided'].includes(String(r.fields.status)));
		expect(sent.length).toBeGreaterThan(2);
		for (const inv of sent) {
			const f = inv.fields as Rec;
			const found = store.list('ARINVOICE').filter((a) => a.fields.EXTERNALID === inv.id);
			expect(found).toHaveLength(1);
			expect(found[0]!.fields).toMatchObject({
				RECORDID: f.invoiceNumber,
				CUSTOMERID: CUSTOMER[String(f.contactId)],
				STATE: f.status === 'AwaitingApproval' ? 'Draft' : 'Posted',
				DOCNUMBER: f.reference,
				TRX_TOTALENTERED: money(f.total),
			});
			const lines = store
				.list('ARINVOICEITEM')
				.filter((l) => String(l.fields.RECORDKEY) === found[0]!.id)
				.map((l) => l.fields as Rec);
			const items = lines.filter((l) => l.ACCOUNTNO !== '2300');
			expect(items.map((l) => [l.ACCOUNTNO, l.TRX_AMOUNT, l.LOCATIONID])).toEqual(
				(f.lines as Rec[]).map((l) => ['4100', money(l.amountExclTax), LOCATION[String(l.tracking?.option)]]),
			);
			expect(
				lines
					.filter((l) => l.ACCOUNTNO === '2300')
					.reduce((s, l) => s + Number(l.TRX_AMOUNT), 0)
					.toFixed(2),
			).toBe(money(f.totalTax));
		}
		// Drafts stay in Re-Leased; voids are initiated in Intacct.
		for (const skipped of income.filter((r) => ['Draft', 'Voided'].includes(String(r.fields.status)))) {
			expect(store.list('ARINVOICE').filter((a) => a.fields.EXTERNALID === skipped.id)).toEqual([]);
		}

		const snapshot = () => JSON.stringify(['ARINVOICE', 'ARINVOICEITEM'].map((c) => intacct(c)));
		const before = snapshot();
		const again = await env.run(template);
		expectSuccess(again);
		expect(failedItems(again)).toEqual([]);
		expect(snapshot()).toEqual(before);
	});
});

describe('9. Re-Leased → Sage Intacct: expense invoices → AP bills (released-intacct/invoices.json)', () => {
	const template = 'released-intacct/invoices.json';
	/** The template's seeded mapping rows, restated. */
	const VENDOR: Record<string, string> = { con_4: 'V-0001', con_5: 'V-0003' };
	const ACCOUNT: Record<string, string> = { '400': '6200', '420': '6200' };
	const LOCATION: Record<string, string> = { '12 Queen St': 'US-NYC', '88 Harbour Rd': 'US-SF', '5 Market Lane': 'US' };
	const money = (n: unknown) => Number(n).toFixed(2);

	it('writes Awaiting Approval bills as Draft and approved ones as posted AP bills, once', async () => {
		const run = await env.run(template);
		expectSuccess(run);
		expect(failedItems(run)).toEqual([]);

		const store = env.sandbox.state.system('intacct')!.store;
		const expense = env.sandbox.state
			.system('released')!
			.store.list('invoice')
			.filter((r) => r.fields.type === 'Expense');
		const sent = expense.filter((r) => !['Draft', 'Voided'].includes(String(r.fields.status)));
		expect(sent.length).toBeGreaterThan(1);
		for (const inv of sent) {
			const f = inv.fields as Rec;
			const found = store
				.list('APBILL')
				.filter((a) => a.fields.RECORDID === f.invoiceNumber && a.fields.VENDORID === VENDOR[String(f.contactId)]);
			expect(found).toHaveLength(1);
			expect(found[0]!.fields).toMatchObject({
				STATE: f.status === 'AwaitingApproval' ? 'Draft' : 'Posted',
				DOCNUMBER: f.reference,
			});
			expect(money(found[0]!.fields.TRX_TOTALENTERED ?? found[0]!.fields.TOTALENTERED)).toBe(money(f.total));
			const lines = store
				.list('APBILLITEM')
				.filter((l) => String(l.fields.RECORDKEY) === found[0]!.id)
				.map((l) => l.fields as Rec);
			const items = lines.filter((l) => l.ACCOUNTNO !== '2310');
			expect(items.map((l) => [l.ACCOUNTNO, money(l.TRX_AMOUNT), l.LOCATIONID])).toEqual(
				(f.lines as Rec[]).map((l) => [
					ACCOUNT[String(l.accountCode)],
					money(l.amountExclTax),
					LOCATION[String(l.tracking?.option)],
				]),
			);
		}
		// Income invoices stay AR invoices: no bill carries an income invoice's number.
		const income = env.sandbox.state
			.system('released')!
			.store.list('invoice')
			.filter((r) => r.fields.type === 'Income');
		expect(
			store.list('APBILL').filter((b) => income.some((i) => i.fields.invoiceNumber === b.fields.RECORDID)),
		).toEqual([]);

		const snapshot = () => JSON.stringify(['APBILL', 'APBILLITEM', 'ARINVOICE'].map((c) => intacct(c).length));
		const before = snapshot();
		const again = await env.run(template);
		expectSuccess(again);
		expect(failedItems(again)).toEqual([]);
		expect(snapshot()).toEqual(before);
	});
});

describe('9. Sage Intacct → Re-Leased: invoices and voids (intacct-released/invoices.json)', () => {
	const template = 'intacct-released/invoices.json';

	it('copies an invoice entered in Intacct to Re-Leased, not the ones that came from Re-Leased, writes nothing on a second run, and voids the copy when Intacct reverses it', async () => {
		const store = env.sandbox.state.system('intacct')!.store;
		// An invoice entered in Intacct (no external ID), in the Re-Leased company's currency.
		const header = store.insert(
			'ARINVOICE',
			{
				RECORDID: 'IA-5001',
				CUSTOMERID: 'C-0001',
				CUSTOMERNAME: 'Acme Coworking Ltd',
				DOCNUMBER: 'June service charge',
				DESCRIPTION: 'Service charge',
				EXTERNALID: '',
				STATE: 'Posted',
				MODULEKEY: '4.AR',
				WHENDUE: '06/30/2024',
				CURRENCY: 'NZD',
				BASECURR: 'USD',
				EXCHANGE_RATE: '0.6',
				TRX_TOTALENTERED: '1000.00',
				TRX_TOTALDUE: '1000.00',
				TRX_TOTALPAID: '0.00',
				TOTALENTERED: '600.00',
				TOTALDUE: '600.00',
				TOTALPAID: '0.00',
			},
			{ createdAt: '2024-06-01T09:00:00Z', modifiedAt: '2024-06-01T09:00:00Z' },
		);
		store.insert('ARINVOICEITEM', {
			RECORDKEY: header.id,
			LINE_NO: '1',
			ACCOUNTNO: '4100',
			ENTRYDESCRIPTION: 'Service charge June',
			LOCATIONID: 'US-NYC',
			AMOUNT: '600.00',
			TRX_AMOUNT: '1000.00',
			TRX_TOTALDUE: '1000.00',
			TAXENTRIES: '',
		});
		const invoicesBefore = released('invoice').length;

		clearLog();
		const run = await env.run(template);
		expectSuccess(run);
		expect(failedItems(run)).toEqual([]);
		// Only the Intacct-entered invoice is new in Re-Leased: invoices that came from Re-Leased are not copied back.
		expect(released('invoice').length).toBe(invoicesBefore + 1);
		const copies = released('invoice').filter((r) => r.invoiceNumber === 'IA-5001');
		expect(copies).toHaveLength(1);
		expect(copies[0]).toMatchObject({
			type: 'Income',
			status: 'Approved',
			contactId: 'con_1',
			issueDate: '2024-06-01',
			dueDate: '2024-06-30',
			reference: 'June service charge',
			currency: 'NZD',
			total: 1000,
			totalTax: 0,
		});
		expect(copies[0]!.lines).toEqual([
			{
				description: 'Service charge June',
				accountCode: '200',
				tracking: { category: 'Property', option: '12 Queen St' },
				amountExclTax: 1000,
				taxAmount: 0,
			},
		]);

		clearLog();
		const again = await env.run(template);
		expectSuccess(again);
		expect(calls('released').filter((op) => WRITE.test(op))).toEqual([]);

		store.update('ARINVOICE', header.id, { STATE: 'Reversed', TRX_TOTALDUE: '0.00', TOTALDUE: '0.00' });
		clearLog();
		const voided = await env.run(template);
		expectSuccess(voided);
		expect(failedItems(voided)).toEqual([]);
		expect(calls('released').filter((op) => WRITE.test(op))).toEqual(['invoice.void']);
		expect(
			released('invoice')
				.filter((r) => r.invoiceNumber === 'IA-5001')
				.map((r) => r.status),
		).toEqual(['Voided']);
	});
});

describe('12. Contacts: new ones both ways, updates from Intacct (released-intacct/contacts.json, intacct-released/contacts.json)', () => {
	it('creates Intacct customers for new Re-Leased contacts, once', async () => {
		const before = intacct('CUSTOMER').length;
		const run = await env.run('released-intacct/contacts.json');
		expectSuccess(run);
		expect(failedItems(run)).toEqual([]);
		const active = released('contact').filter((c) => c.status !== 'Archived');
		const archived = env.sandbox.state
			.system('released')!
			.store.list('contact')
			.filter((c) => c.fields.status === 'Archived');
		expect(intacct('CUSTOMER').length).toBe(before + active.length);
		for (const c of env.sandbox.state
			.system('released')!
			.store.list('contact')
			.filter((r) => r.fields.status !== 'Archived')) {
			const found = intacct('CUSTOMER').filter((r) => r.CUSTOMERID === `RL-${c.id}`);
			expect(found).toHaveLength(1);
			expect(found[0]).toMatchObject({ NAME: c.fields.name, STATUS: 'active' });
		}
		for (const c of archived) expect(intacct('CUSTOMER').filter((r) => r.CUSTOMERID === `RL-${c.id}`)).toEqual([]);

		const again = await env.run('released-intacct/contacts.json');
		expectSuccess(again);
		expect(intacct('CUSTOMER').length).toBe(before + active.length);
	});

	it('creates Re-Leased contacts for new active Intacct customers, updates them from Intacct, and writes nothing on a second run', async () => {
		const rlBefore = released('contact');
		clearLog();
		const run = await env.run('intacct-released/contacts.json');
		expectSuccess(run);
		expect(failedItems(run)).toEqual([]);
		const customers = intacct('CUSTOMER');
		const fromIntacct = customers.filter((c) => !String(c.CUSTOMERID).startsWith('RL-'));
		const contacts = released('contact');
		for (const c of fromIntacct) {
			const found = contacts.filter((r) => r.name === c.NAME);
			if (c.STATUS !== 'active' && !rlBefore.some((r) => r.name === c.NAME)) {
				expect(found).toEqual([]); // inactive customers are not created
				continue;
			}
			expect(found).toHaveLength(1);
			expect(found[0]).toMatchObject({ email: c.EMAIL1, telephone: c.PHONE1, correspondenceName: c.PRINTAS });
		}
		// The RL- customers are the Re-Leased contacts they came from: no duplicates.
		for (const c of rlBefore) expect(contacts.filter((r) => r.name === c.name)).toHaveLength(1);
		expect(calls('released').filter((op) => op === 'contact.create')).toHaveLength(
			fromIntacct.filter((c) => c.STATUS === 'active').length,
		);

		clearLog();
		const again = await env.run('intacct-released/contacts.json');
		expectSuccess(again);
		expect(calls('released').filter((op) => WRITE.test(op))).toEqual([]);

		// An update made in Intacct reaches the Re-Leased contact.
		const store = env.sandbox.state.system('intacct')!.store;
		const c3 = store.find('CUSTOMER', (r) => r.fields.CUSTOMERID === 'C-0003')!;
		store.update('CUSTOMER', c3.id, { EMAIL1: 'new-billing@cobalt.example' });
		clearLog();
		const updated = await env.run('intacct-released/contacts.json');
		expectSuccess(updated);
		expect(calls('released').filter((op) => WRITE.test(op))).toEqual(['contact.update']);
		expect(
			released('contact')
				.filter((r) => r.name === c3.fields.NAME)
				.map((r) => r.email),
		).toEqual(['new-billing@cobalt.example']);
	});
});

describe('11. Re-Leased → Sage Intacct: payments (released-intacct/payments.json)', () => {
	it('records every Re-Leased payment of a synced income invoice as an AR payment applied to it, once', async () => {
		const intacctStore = env.sandbox.state.system('intacct')!.store;
		const payments = env.sandbox.state.system('released')!.store.list('payment');
		expect(payments.length).toBeGreaterThan(1);
		const before = intacctStore.list('ARPYMT').length;
		const run = await env.run('released-intacct/payments.json');
		expectSuccess(run);
		expect(failedItems(run)).toEqual([]);
		expect(intacctStore.list('ARPYMT').length).toBe(before + payments.length);
		for (const p of payments) {
			const f = p.fields as Rec;
			const invoice = intacctStore.list('ARINVOICE').find((r) => r.fields.EXTERNALID === f.invoiceId)!;
			const details = intacctStore.list('ARPYMTDETAIL').filter((d) => String(d.fields.RECORDKEY) === invoice.id);
			expect(details.map((d) => Number(d.fields.TRX_PAYMENTAMOUNT))).toEqual([Number(f.amount)]);
			const payment = intacctStore.get('ARPYMT', String(details[0]!.fields.PAYMENTKEY))!;
			expect(payment.fields).toMatchObject({
				CUSTOMERID: invoice.fields.CUSTOMERID,
				PAYMENTMETHOD: 'EFT',
				FINANCIALENTITY: 'BOA-OPS',
			});
			expect(Number(intacctStore.get('ARINVOICE', invoice.id)!.fields.TRX_TOTALPAID)).toBeCloseTo(Number(f.amount), 2);
		}
		const snapshot = () => JSON.stringify(['ARPYMT', 'ARPYMTDETAIL', 'ARINVOICE'].map((c) => intacct(c)));
		const snap = snapshot();
		const again = await env.run('released-intacct/payments.json');
		expectSuccess(again);
		expect(failedItems(again)).toEqual([]);
		expect(snapshot()).toEqual(snap);
	});
});

describe('10. Re-Leased → Sage Intacct: credit notes (released-intacct/credit-notes.json)', () => {
	it('writes every approved income credit note as an AR adjustment with negative lines, once', async () => {
		const store = env.sandbox.state.system('intacct')!.store;
		const notes = env.sandbox.state
			.system('released')!
			.store.list('creditNote')
			.filter((r) => r.fields.type === 'Income' && !['Draft', 'Voided'].includes(String(r.fields.status)));
		expect(notes.length).toBeGreaterThan(0);
		const run = await env.run('released-intacct/credit-notes.json');
		expectSuccess(run);
		expect(failedItems(run)).toEqual([]);
		for (const n of notes) {
			const f = n.fields as Rec;
			const found = store.list('ARADJUSTMENT').filter((a) => a.fields.EXTERNALID === n.id);
			expect(found).toHaveLength(1);
			expect(found[0]!.fields).toMatchObject({
				RECORDID: f.creditNoteNumber,
				CUSTOMERID: { con_1: 'C-0001', con_2: 'C-0009', con_3: 'C-0011' }[String(f.contactId)],
				STATE: f.status === 'AwaitingApproval' ? 'Draft' : 'Posted',
			});
			expect(Math.abs(Number(found[0]!.fields.TRX_TOTALENTERED))).toBeCloseTo(Number(f.total), 2);
			const lines = store
				.list('ARADJUSTMENTITEM')
				.filter((l) => String(l.fields.RECORDKEY) === found[0]!.id)
				.map((l) => l.fields as Rec);
			expect(lines.filter((l) => l.ACCOUNTNO !== '2300').map((l) => [l.ACCOUNTNO, Number(l.TRX_AMOUNT)])).toEqual(
				(f.lines as Rec[]).map((l) => ['4100', -Number(l.amountExclTax)]),
			);
			expect(lines.filter((l) => l.ACCOUNTNO === '2300').reduce((s, l) => s + Number(l.TRX_AMOUNT), 0)).toBeCloseTo(
				-Number(f.totalTax),
				2,
			);
		}
		const snapshot = () => JSON.stringify(['ARADJUSTMENT', 'ARADJUSTMENTITEM'].map((c) => intacct(c)));
		const snap = snapshot();
		const again = await env.run('released-intacct/credit-notes.json');
		expectSuccess(again);
		expect(failedItems(again)).toEqual([]);
		expect(snapshot()).toEqual(snap);
	});
});

describe('11. Sage Intacct → Re-Leased: payments (intacct-released/payments.json)', () => {
	it('copies a payment posted in Intacct to the Re-Leased invoice, not the ones that came from Re-Leased, once', async () => {
		const store = env.sandbox.state.system('intacct')!.store;
		const invoice = store.list('ARINVOICE').find((r) => r.fields.EXTERNALID === 'inv_6')!;
		expect(invoice).toBeDefined();
		const dueBefore = Number(env.sandbox.state.system('released')!.store.get('invoice', 'inv_6')!.fields.amountDue);
		const payment = store.insert('ARPYMT', {
			CUSTOMERID: 'C-0001',
			STATE: 'Posted',
			CURRENCY: 'USD',
			BASECURR: 'USD',
			PAYMENTMETHOD: 'Printed Check',
			RECEIPTDATE: '06/15/2024',
			PAYMENTDATE: '06/15/2024',
			DOCNUMBER: 'CHK-77',
			TRX_TOTALENTERED: '150.00',
			TOTALENTERED: '150.00',
		});
		store.insert('ARPYMTDETAIL', {
			PAYMENTKEY: payment.id,
			RECORDKEY: invoice.id,
			TRX_PAYMENTAMOUNT: '150.00',
			PAYMENTAMOUNT: '150.00',
		});
		const paymentsBefore = released('payment').length;

		clearLog();
		const run = await env.run('intacct-released/payments.json');
		expectSuccess(run);
		expect(failedItems(run)).toEqual([]);
		// Only the Intacct payment is new: the AR payments that came from Re-Leased (template 11 above) are not sent back.
		expect(calls('released').filter((op) => WRITE.test(op))).toEqual(['payment.create']);
		expect(released('payment').length).toBe(paymentsBefore + 1);
		expect(released('payment').filter((p) => p.reference === 'CHK-77')).toEqual([
			{ invoiceId: 'inv_6', contactId: 'con_1', date: '2024-06-15', amount: 150, reference: 'CHK-77' },
		]);
		expect(Number(env.sandbox.state.system('released')!.store.get('invoice', 'inv_6')!.fields.amountDue)).toBeCloseTo(
			dueBefore - 150,
			2,
		);

		clearLog();
		const again = await env.run('intacct-released/payments.json');
		expectSuccess(again);
		expect(calls('released').filter((op) => WRITE.test(op))).toEqual([]);

		// A payment deleted in Intacct is not deleted in Re-Leased.
		store.delete(
			'ARPYMTDETAIL',
			store.list('ARPYMTDETAIL').find((d) => String(d.fields.PAYMENTKEY) === payment.id)!.id,
		);
		store.delete('ARPYMT', payment.id);
		clearLog();
		const afterDelete = await env.run('intacct-released/payments.json');
		expectSuccess(afterDelete);
		expect(calls('released').filter((op) => WRITE.test(op))).toEqual([]);
		expect(released('payment').filter((p) => p.reference === 'CHK-77')).toHaveLength(1);
	});
});

describe('10. Sage Intacct → Re-Leased: credit memos (intacct-released/credit-notes.json)', () => {
	it('copies a credit memo entered in Intacct to Re-Leased as a credit note, not the ones that came from Re-Leased, once', async () => {
		const store = env.sandbox.state.system('intacct')!.store;
		const memo = store.insert(
			'ARADJUSTMENT',
			{
				RECORDID: 'CM-9001',
				CUSTOMERID: 'C-0009',
				DOCNUMBER: 'Rent relief',
				DESCRIPTION: 'Rent relief',
				EXTERNALID: '',
				STATE: 'Posted',
				CURRENCY: 'NZD',
				BASECURR: 'USD',
				TRX_TOTALENTERED: '-200.00',
				TOTALENTERED: '-120.00',
				TRX_TOTALDUE: '-200.00',
			},
			{ createdAt: '2024-06-10T09:00:00Z', modifiedAt: '2024-06-10T09:00:00Z' },
		);
		store.insert('ARADJUSTMENTITEM', {
			RECORDKEY: memo.id,
			LINE_NO: '1',
			ACCOUNTNO: '4100',
			ENTRYDESCRIPTION: 'Rent relief June',
			LOCATIONID: 'US-SF',
			TRX_AMOUNT: '-200.00',
			AMOUNT: '-120.00',
			TAXENTRIES: '',
		});
		const before = released('creditNote').length;
		clearLog();
		const run = await env.run('intacct-released/credit-notes.json');
		expectSuccess(run);
		expect(failedItems(run)).toEqual([]);
		// Only CM-9001: the AR adjustments that came from Re-Leased (template 10 above) are not copied back.
		expect(calls('released').filter((op) => WRITE.test(op))).toEqual(['creditNote.create']);
		expect(released('creditNote').length).toBe(before + 1);
		const copy = released('creditNote').find((n) => n.creditNoteNumber === 'CM-9001')!;
		expect(copy).toMatchObject({
			type: 'Income',
			status: 'Approved',
			contactId: 'con_2',
			issueDate: '2024-06-10',
			reference: 'Rent relief',
			total: 200,
			totalTax: 0,
		});
		expect(copy.lines).toEqual([
			{
				description: 'Rent relief June',
				accountCode: '200',
				tracking: { category: 'Property', option: '88 Harbour Rd' },
				amountExclTax: 200,
				taxAmount: 0,
			},
		]);

		clearLog();
		const again = await env.run('intacct-released/credit-notes.json');
		expectSuccess(again);
		expect(calls('released').filter((op) => WRITE.test(op))).toEqual([]);
	});
});

describe('10. Re-Leased → Sage Intacct: expense credit notes → AP adjustments (released-intacct/credit-notes.json)', () => {
	it('writes an approved expense credit note allocated to an expense invoice as an AP adjustment (debit memo) with its lines and tax, once', async () => {
		const rl = env.sandbox.state.system('released')!.store;
		const store = env.sandbox.state.system('intacct')!.store;
		// A supplier's credit against Apex Maintenance's expense invoice inv_7, applied to it in Re-Leased.
		const fields = buildCreditNote(rl, {
			type: 'Expense',
			status: 'Approved',
			contactId: 'con_4',
			issueDate: '2024-06-03',
			reference: 'Credit for unfinished works',
			lines: [
				{
					description: 'Repairs credit',
					accountCode: '400',
					taxType: 'GST on Expenses',
					tracking: { category: 'Property', option: '12 Queen St' },
					amountExclTax: 80,
				},
				{
					description: 'Cleaning credit',
					accountCode: '420',
					taxType: 'GST on Expenses',
					tracking: { category: 'Property', option: '12 Queen St' },
					amountExclTax: 40,
				},
			],
		});
		const dueBefore = Number(rl.get('invoice', 'inv_7')!.fields.amountDue);
		applyToInvoice(rl, 'inv_7', Number(fields.total), 'credit note', 'con_4');
		const cn = rl.insert('creditNote', {
			...fields,
			creditNoteNumber: 'SCN-501',
			invoiceId: 'inv_7',
			remainingCredit: 0,
		});
		expect(Number(rl.get('invoice', 'inv_7')!.fields.amountDue)).toBeCloseTo(dueBefore - 138, 2);

		const run = await env.run('released-intacct/credit-notes.json');
		expectSuccess(run);
		expect(failedItems(run)).toEqual([]);
		const found = store.list('APADJUSTMENT').filter((a) => a.fields.EXTERNALID === cn.id);
		expect(found).toHaveLength(1);
		expect(found[0]!.fields).toMatchObject({
			RECORDID: 'SCN-501',
			VENDORID: 'V-0001',
			ADJUSTMENTTYPE: 'Debit Memo',
			STATE: 'Posted',
			WHENCREATED: '06/03/2024',
			DESCRIPTION: 'Credit for unfinished works',
			TRX_TOTALENTERED: '-138.00',
			TRX_TOTALDUE: '-138.00',
		});
		const lines = store
			.list('APADJUSTMENTITEM')
			.filter((l) => String(l.fields.RECORDKEY) === found[0]!.id)
			.map((l) => l.fields as Rec);
		expect(lines.map((l) => [l.ACCOUNTNO, l.TRX_AMOUNT, l.LOCATIONID, l.ENTRYDESCRIPTION])).toEqual([
			['6200', '-80.00', 'US-NYC', 'Repairs credit'],
			['2310', '-12.00', 'US-NYC', 'Tax: Repairs credit'],
			['5000', '-40.00', 'US-NYC', 'Cleaning credit'],
			['2310', '-6.00', 'US-NYC', 'Tax: Cleaning credit'],
		]);
		// The mapper hands on Re-Leased's allocation (the bill is not in Intacct: template 9 sends income invoices only).
		const mapped = allRuns(run, 'Credit Note → AR or AP Adjustment').filter((o) => o.target === 'create_apadjustment');
		expect(mapped.map((o) => o.application)).toEqual([{ invoiceId: 'inv_7', billRecordNo: null, amount: '138.00' }]);
		// The expense credit note is not an AR adjustment; income credit notes still are.
		expect(store.list('ARADJUSTMENT').filter((a) => a.fields.EXTERNALID === cn.id)).toEqual([]);
		expect(intacct('ARADJUSTMENT').length).toBeGreaterThan(0);

		const snapshot = () =>
			JSON.stringify(['APADJUSTMENT', 'APADJUSTMENTITEM', 'ARADJUSTMENT', 'ARADJUSTMENTITEM'].map((c) => intacct(c)));
		const snap = snapshot();
		const again = await env.run('released-intacct/credit-notes.json');
		expectSuccess(again);
		expect(failedItems(again)).toEqual([]);
		expect(snapshot()).toEqual(snap);
	});
});

describe('10. Sage Intacct → Re-Leased: debit memos → expense credit notes (intacct-released/credit-notes.json)', () => {
	it('copies a debit memo entered in Intacct to Re-Leased as an expense credit note allocated to the expense invoice it names, not the ones that came from Re-Leased, once', async () => {
		const store = env.sandbox.state.system('intacct')!.store;
		const memo = store.insert(
			'APADJUSTMENT',
			{
				RECORDID: 'DM-7001',
				VENDORID: 'V-0001',
				DOCNUMBER: 'BILL-2001',
				DESCRIPTION: 'Overcharge June',
				EXTERNALID: '',
				STATE: 'Posted',
				ADJUSTMENTTYPE: 'Debit Memo',
				WHENCREATED: '06/14/2024',
				CURRENCY: 'NZD',
				BASECURR: 'USD',
				TRX_TOTALENTERED: '-165.00',
				TRX_TOTALDUE: '-165.00',
			},
			{ createdAt: '2024-06-14T09:00:00Z', modifiedAt: '2024-06-14T09:00:00Z' },
		);
		store.insert('APADJUSTMENTITEM', {
			RECORDKEY: memo.id,
			LINE_NO: '1',
			ACCOUNTNO: '6200',
			ENTRYDESCRIPTION: 'Repairs overcharge',
			LOCATIONID: 'US-NYC',
			TRX_AMOUNT: '-100.00',
			AMOUNT: '-60.00',
			TAXENTRIES: JSON.stringify([{ detailid: 'UK Purchase Goods Standard Rate', trx_tax: '-15.00' }]),
		});
		store.insert('APADJUSTMENTITEM', {
			RECORDKEY: memo.id,
			LINE_NO: '2',
			ACCOUNTNO: '5000',
			ENTRYDESCRIPTION: 'Cleaning overcharge',
			LOCATIONID: 'US-SF',
			TRX_AMOUNT: '-50.00',
			AMOUNT: '-30.00',
			TAXENTRIES: '',
		});
		const inv7 = () => Number(env.sandbox.state.system('released')!.store.get('invoice', 'inv_7')!.fields.amountDue);
		const dueBefore = inv7();
		const before = released('creditNote').length;
		clearLog();
		const run = await env.run('intacct-released/credit-notes.json');
		expectSuccess(run);
		expect(failedItems(run)).toEqual([]);
		// Only DM-7001: the AP adjustment that came from Re-Leased (test above) is not copied back.
		expect(calls('released').filter((op) => WRITE.test(op))).toEqual(['creditNote.create']);
		expect(released('creditNote').length).toBe(before + 1);
		const copy = released('creditNote').find((n) => n.creditNoteNumber === 'DM-7001')!;
		expect(copy).toMatchObject({
			type: 'Expense',
			status: 'Approved',
			contactId: 'con_4',
			invoiceId: 'inv_7',
			issueDate: '2024-06-14',
			reference: 'BILL-2001',
			total: 165,
			totalTax: 15,
			remainingCredit: 0,
		});
		expect(copy.lines).toEqual([
			{
				description: 'Repairs overcharge',
				accountCode: '400',
				taxType: 'GST on Expenses',
				tracking: { category: 'Property', option: '12 Queen St' },
				amountExclTax: 100,
				taxAmount: 15,
			},
			{
				description: 'Cleaning overcharge',
				accountCode: '420',
				tracking: { category: 'Property', option: '88 Harbour Rd' },
				amountExclTax: 50,
				taxAmount: 0,
			},
		]);
		// Re-Leased allocated the credit to the expense invoice the debit memo names (BILL-2001 = inv_7).
		expect(inv7()).toBeCloseTo(dueBefore - 165, 2);

		clearLog();
		const again = await env.run('intacct-released/credit-notes.json');
		expectSuccess(again);
		expect(failedItems(again)).toEqual([]);
		expect(calls('released').filter((op) => WRITE.test(op))).toEqual([]);
	});
});

describe('9. Sage Intacct → Re-Leased: AP bills → expense invoices (intacct-released/invoices.json)', () => {
	const template = 'intacct-released/invoices.json';

	it('copies bills entered in Intacct to Re-Leased as expense invoices, not the ones that came from Re-Leased, updates a copy when its bill is posted, writes nothing on a second run, and the copies are not sent back', async () => {
		const store = env.sandbox.state.system('intacct')!.store;
		const expenseInvoices = () => released('invoice').filter((r) => r.type === 'Expense');
		// Bills that came from Re-Leased (the expense-invoice describe above): bill number = a Re-Leased expense invoice number.
		const fromReleased = intacct('APBILL').filter((b) => expenseInvoices().some((i) => i.invoiceNumber === b.RECORDID));
		expect(fromReleased.length).toBeGreaterThan(1);

		// Two bills entered in Intacct (no Re-Leased expense invoice has their numbers), in the Re-Leased currency.
		const posted = store.insert(
			'APBILL',
			{
				RECORDID: 'IB-8001',
				VENDORID: 'V-0001',
				VENDORNAME: 'Northwind Facilities',
				DOCNUMBER: 'INV-553',
				DESCRIPTION: 'July repairs',
				STATE: 'Posted',
				WHENCREATED: '07/10/2024',
				WHENPOSTED: '07/10/2024',
				WHENDUE: '08/09/2024',
				CURRENCY: 'NZD',
				BASECURR: 'USD',
				TRX_TOTALENTERED: '445.00',
				TRX_TOTALDUE: '445.00',
				TOTALENTERED: '267.00',
				TOTALDUE: '267.00',
				TOTALPAID: '0.00',
			},
			{ createdAt: '2024-07-10T09:00:00Z', modifiedAt: '2024-07-10T09:00:00Z' },
		);
		store.insert('APBILLITEM', {
			RECORDKEY: posted.id,
			LINE_NO: '1',
			ACCOUNTNO: '6200',
			ENTRYDESCRIPTION: 'Boiler repair',
			LOCATIONID: 'US-NYC',
			TRX_AMOUNT: '300.00',
			AMOUNT: '180.00',
			TAXENTRIES: { TAXENTRY: { DETAILID: 'UK Purchase Goods Standard Rate', TRX_TAX: '45.00' } },
		});
		store.insert('APBILLITEM', {
			RECORDKEY: posted.id,
			LINE_NO: '2',
			ACCOUNTNO: '5000',
			ENTRYDESCRIPTION: 'Window cleaning',
			LOCATIONID: 'US-SF',
			TRX_AMOUNT: '100.00',
			AMOUNT: '60.00',
			TAXENTRIES: '',
		});
		const draft = store.insert(
			'APBILL',
			{
				RECORDID: 'IB-8002',
				VENDORID: 'V-0003',
				VENDORNAME: 'Paper Trail Supplies',
				DOCNUMBER: '',
				DESCRIPTION: 'Stationery',
				STATE: 'Draft',
				WHENCREATED: '07/12/2024',
				WHENDUE: '08/11/2024',
				CURRENCY: 'NZD',
				BASECURR: 'USD',
				TRX_TOTALENTERED: '92.00',
				TRX_TOTALDUE: '92.00',
				TOTALENTERED: '55.20',
				TOTALDUE: '55.20',
				TOTALPAID: '0.00',
			},
			{ createdAt: '2024-07-12T09:00:00Z', modifiedAt: '2024-07-12T09:00:00Z' },
		);
		store.insert('APBILLITEM', {
			RECORDKEY: draft.id,
			LINE_NO: '1',
			ACCOUNTNO: '6200',
			ENTRYDESCRIPTION: 'Paper',
			LOCATIONID: 'US',
			TRX_AMOUNT: '80.00',
			AMOUNT: '48.00',
			TAXENTRIES: { TAXENTRY: { DETAILID: 'UK Purchase Goods Standard Rate', TRX_TAX: '12.00' } },
		});
		const before = expenseInvoices().length;

		clearLog();
		const run = await env.run(template);
		expectSuccess(run);
		expect(failedItems(run)).toEqual([]);
		// Exactly the two bills entered in Intacct: bills from Re-Leased (and bills in other currencies) are not copied.
		expect(calls('released').filter((op) => WRITE.test(op))).toEqual(['invoice.create', 'invoice.create']);
		expect(expenseInvoices().length).toBe(before + 2);
		for (const b of fromReleased)
			expect(released('invoice').filter((i) => i.invoiceNumber === b.RECORDID)).toHaveLength(1);

		const copy = (no: string) => {
			const found = released('invoice').filter((r) => r.invoiceNumber === no);
			expect(found).toHaveLength(1);
			return found[0]!;
		};
		expect(copy('IB-8001')).toMatchObject({
			type: 'Expense',
			status: 'Approved',
			contactId: 'con_4',
			issueDate: '2024-07-10',
			dueDate: '2024-08-09',
			reference: 'Intacct bill IB-8001 · INV-553',
			currency: 'NZD',
			total: 445,
			totalTax: 45,
		});
		expect(copy('IB-8001').lines).toEqual([
			{
				description: 'Boiler repair',
				accountCode: '400',
				taxType: 'GST on Expenses',
				tracking: { category: 'Property', option: '12 Queen St' },
				amountExclTax: 300,
				taxAmount: 45,
			},
			{
				description: 'Window cleaning',
				accountCode: '420',
				tracking: { category: 'Property', option: '88 Harbour Rd' },
				amountExclTax: 100,
				taxAmount: 0,
			},
		]);
		expect(copy('IB-8002')).toMatchObject({
			type: 'Expense',
			status: 'AwaitingApproval',
			contactId: 'con_5',
			issueDate: '2024-07-12',
			dueDate: '2024-08-11',
			reference: 'Intacct bill IB-8002',
			currency: 'NZD',
			total: 92,
			totalTax: 12,
		});
		expect(copy('IB-8002').lines).toEqual([
			{
				description: 'Paper',
				accountCode: '400',
				taxType: 'GST on Expenses',
				tracking: { category: 'Property', option: '5 Market Lane' },
				amountExclTax: 80,
				taxAmount: 12,
			},
		]);

		clearLog();
		const again = await env.run(template);
		expectSuccess(again);
		expect(failedItems(again)).toEqual([]);
		expect(calls('released').filter((op) => WRITE.test(op))).toEqual([]);

		// Posted in Intacct: the copy is updated to Approved, nothing else is written.
		store.update('APBILL', draft.id, { STATE: 'Posted', WHENPOSTED: '07/15/2024' });
		clearLog();
		const postedRun = await env.run(template);
		expectSuccess(postedRun);
		expect(failedItems(postedRun)).toEqual([]);
		expect(calls('released').filter((op) => WRITE.test(op))).toEqual(['invoice.update']);
		expect(copy('IB-8002')).toMatchObject({ status: 'Approved', total: 92, reference: 'Intacct bill IB-8002' });
		expect(expenseInvoices().length).toBe(before + 2);

		// Re-Leased → Intacct does not send the copies back: the two bills and the bill count are unchanged.
		const bills = () =>
			JSON.stringify([
				intacct('APBILL').length,
				intacct('APBILLITEM').length,
				store.get('APBILL', posted.id)!.fields,
				store.get('APBILL', draft.id)!.fields,
			]);
		const billsBefore = bills();
		const back = await env.run('released-intacct/invoices.json');
		expectSuccess(back);
		expect(failedItems(back)).toEqual([]);
		expect(bills()).toEqual(billsBefore);
	});
});

describe('11. Payments of expense invoices both ways: Re-Leased ↔ Intacct AP payments (released-intacct/payments.json, intacct-released/payments.json)', () => {
	it('records a Re-Leased expense-invoice payment as an AP payment on its bill and an Intacct AP payment as a payment on the expense invoice, neither echoed back, once; a delete in Intacct is not propagated', async () => {
		const rl = env.sandbox.state.system('released')!.store;
		const store = env.sandbox.state.system('intacct')!.store;
		// Expense invoice inv_7 (BILL-2001, con_4) is a posted AP bill of V-0001 since template 9's expense describe.
		const bill = store.list('APBILL').find((b) => b.fields.RECORDID === 'BILL-2001' && b.fields.VENDORID === 'V-0001')!;
		expect(bill.fields.STATE).toBe('Posted');
		const due7 = () => Number(rl.get('invoice', 'inv_7')!.fields.amountDue);
		// A payment of inv_7 entered in Re-Leased, and an AP payment of the same bill made in Intacct.
		applyToInvoice(rl, 'inv_7', 200, 'payment', 'con_4');
		rl.insert('payment', {
			invoiceId: 'inv_7',
			contactId: 'con_4',
			date: '2024-06-20',
			amount: 200,
			reference: 'EFT-901',
		});
		const made = store.insert('APPYMT', {
			VENDORID: 'V-0001',
			STATE: 'Posted',
			CURRENCY: 'USD',
			BASECURR: 'USD',
			PAYMENTMETHOD: 'Printed Check',
			FINANCIALENTITY: 'BOA-OPS',
			PAYMENTDATE: '06/22/2024',
			DOCNUMBER: 'CHK-902',
			TRX_TOTALENTERED: '120.00',
			TOTALENTERED: '120.00',
		});
		store.insert('APPYMTDETAIL', {
			PAYMENTKEY: made.id,
			RECORDKEY: bill.id,
			TRX_PAYMENTAMOUNT: '120.00',
			PAYMENTAMOUNT: '120.00',
		});
		const apBefore = store.list('APPYMT').map((p) => p.id);

		// Re-Leased → Intacct: the Re-Leased payment is one AP payment applied to BILL-2001.
		const run = await env.run('released-intacct/payments.json');
		expectSuccess(run);
		expect(failedItems(run)).toEqual([]);
		const created = store.list('APPYMT').filter((p) => !apBefore.includes(p.id));
		expect(created).toHaveLength(1);
		expect(created[0]!.fields).toMatchObject({
			VENDORID: 'V-0001',
			PAYMENTMETHOD: 'EFT',
			FINANCIALENTITY: 'BOA-OPS',
			PAYMENTDATE: '06/20/2024',
			DOCNUMBER: 'EFT-901',
		});
		const lines = (id: string) =>
			store
				.list('APPYMTDETAIL')
				.filter((d) => String(d.fields.PAYMENTKEY) === id)
				.map((d) => [String(d.fields.RECORDKEY), Number(d.fields.TRX_PAYMENTAMOUNT)]);
		expect(lines(created[0]!.id)).toEqual([[bill.id, 200]]);
		// The AP payment made in Intacct is not in Re-Leased yet and nothing in Re-Leased was written.
		expect(rl.list('payment').filter((p) => p.fields.reference === 'CHK-902')).toEqual([]);

		// Intacct → Re-Leased: only CHK-902 (EFT-901 came from Re-Leased: same invoice, date and amount).
		const dueBefore = due7();
		clearLog();
		const back = await env.run('intacct-released/payments.json');
		expectSuccess(back);
		expect(failedItems(back)).toEqual([]);
		expect(calls('released').filter((op) => WRITE.test(op))).toEqual(['payment.create']);
		expect(released('payment').filter((p) => p.invoiceId === 'inv_7')).toEqual([
			{ invoiceId: 'inv_7', contactId: 'con_4', date: '2024-06-20', amount: 200, reference: 'EFT-901' },
			{ invoiceId: 'inv_7', contactId: 'con_4', date: '2024-06-22', amount: 120, reference: 'CHK-902' },
		]);
		expect(due7()).toBeCloseTo(dueBefore - 120, 2);

		// Second runs both ways write nothing: the Re-Leased copy of CHK-902 is not sent back to Intacct.
		const snapshot = () => JSON.stringify(['APPYMT', 'APPYMTDETAIL', 'ARPYMT', 'ARPYMTDETAIL'].map((c) => intacct(c)));
		const snap = snapshot();
		const again = await env.run('released-intacct/payments.json');
		expectSuccess(again);
		expect(failedItems(again)).toEqual([]);
		expect(snapshot()).toEqual(snap);
		expect(store.list('APPYMT').filter((p) => !apBefore.includes(p.id))).toHaveLength(1);
		clearLog();
		const backAgain = await env.run('intacct-released/payments.json');
		expectSuccess(backAgain);
		expect(failedItems(backAgain)).toEqual([]);
		expect(calls('released').filter((op) => WRITE.test(op))).toEqual([]);

		// An AP payment deleted in Intacct is not deleted in Re-Leased.
		for (const d of store.list('APPYMTDETAIL').filter((x) => String(x.fields.PAYMENTKEY) === made.id))
			store.delete('APPYMTDETAIL', d.id);
		store.delete('APPYMT', made.id);
		clearLog();
		const afterDelete = await env.run('intacct-released/payments.json');
		expectSuccess(afterDelete);
		expect(calls('released').filter((op) => WRITE.test(op))).toEqual([]);
		expect(released('payment').filter((p) => p.reference === 'CHK-902')).toHaveLength(1);
	});
});
