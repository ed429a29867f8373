/**
 * Scoro ↔ Sage Intacct templates (workflows/intacct-scoro/*, workflows/scoro-intacct/*) imported AS
 * SHIPPED into real n8n and run from their manual triggers against the sandbox. Each test asserts
 * the target system record by record, then runs the template again and asserts nothing new.
 */
import { cleanup, nodeOutput, type N8nRun } from '../../helpers/n8n';
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { allRuns, expectTemplateSuccess, failedItems, templateEnv, type TemplateEnv } from '../../helpers/templates';
import { ERROR_HANDLER_ID, errorHandlerFor, readFailureLog } from './common-error-log';
import { withTotals } from '../../../sandbox/scoro/documents';

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

const scoro = (collection: string): Rec[] => env.records('scoro', collection);
const intacct = (collection: string): Rec[] => env.records('intacct', collection);
/** Scoro API operations (module/action) the sandbox saw since the last clear. */
const scoroCalls = (): string[] => env.sandbox.state.log.list({ system: 'scoro' }).flatMap((e) => e.operations ?? []);
const clearLog = () => env.sandbox.state.log.clear();

const expectSuccess = (run: N8nRun) => expectTemplateSuccess(run, () => readFailureLog(logDir));

describe('13. Sage Intacct → Scoro: background items (intacct-scoro/background-items.json)', () => {
	const template = 'intacct-scoro/background-items.json';

	it('creates or updates Scoro tax rates and finance accounts from Intacct, lists dimension values Scoro lacks, and changes nothing on a second run', async () => {
		const vatBefore = scoro('vatCodes');
		const run = await env.run(template);
		expectSuccess(run);
		expect(failedItems(run)).toEqual([]);

		// Every Intacct tax detail is a Scoro tax rate with the same code, rate, name and use.
		const vat = scoro('vatCodes');
		const details = intacct('TAXDETAIL');
		expect(details.length).toBeGreaterThan(0);
		for (const d of details) {
			const matches = vat.filter((v) => v.vat_code === d.DETAILID);
			expect(matches).toHaveLength(1);
			expect(matches[0]).toMatchObject({
				percent: Number(d.VALUE),
				vat_name: d.DESCRIPTION,
				is_sales: d.TAXTYPE === 'S',
				is_purchases: d.TAXTYPE === 'P',
				is_active: (d.STATUS ?? 'active') === 'active',
			});
		}
		// Scoro's own rates that Intacct does not have are left as they were.
		const intacctCodes = new Set(details.map((d) => d.DETAILID));
		expect(vat.filter((v) => !intacctCodes.has(v.vat_code))).toEqual(
			vatBefore.filter((v) => !intacctCodes.has(v.vat_code)),
		);

		// Every Intacct GL account is a Scoro finance account: same number, name, active flag, use.
		const accounts = scoro('financeAccounts');
		const gl = intacct('GLACCOUNT');
		for (const a of gl) {
			const matches = accounts.filter((f) => f.account_symbol === a.ACCOUNTNO);
			expect(matches).toHaveLength(1);
			const sales = a.ACCOUNTTYPE !== 'balancesheet' && a.NORMALBALANCE === 'credit';
			const purchases = a.ACCOUNTTYPE !== 'balancesheet' && a.NORMALBALANCE !== 'credit';
			expect(matches[0]).toMatchObject({
				name: a.TITLE,
				is_active: (a.STATUS ?? 'active') === 'active',
				is_sales_account: sales,
				is_purchases_account: purchases,
			});
		}
		// The seeded Scoro account 4000 ("Sales") was renamed to Intacct's title, not duplicated.
		expect(accounts.filter((f) => f.account_symbol === '4000').map((f) => f.name)).toEqual([
			gl.find((a) => a.ACCOUNTNO === '4000')!.TITLE,
		]);

		// Department values Scoro does not have come out for manual creation, with symbol and name.
		const departments = intacct('DEPARTMENT');
		const scoroSymbols = new Set(scoro('financeObjects').map((o) => o.object_symbol));
		const byHand = nodeOutput(run, 'Create in Scoro by Hand')
			.map((i) => [i.record as Rec])
			.map(([r]) => [r.object_symbol, r.name, r.parent_group_name]);
		expect(byHand.sort()).toEqual(
			departments
				.filter((d) => !scoroSymbols.has(d.DEPARTMENTID))
				.map((d) => [d.DEPARTMENTID, d.TITLE, 'Department'])
				.sort(),
		);

		// Second run: nothing created, nothing updated.
		const counts = [scoro('vatCodes').length, scoro('financeAccounts').length];
		clearLog();
		const again = await env.run(template);
		expectSuccess(again);
		expect([scoro('vatCodes').length, scoro('financeAccounts').length]).toEqual(counts);
		expect(scoroCalls().filter((op) => op.endsWith('/modify'))).toEqual([]);
		// "Up to Date" runs once per branch (tax rates, finance accounts): every record is in one of them.
		expect(allRuns(again, 'Up to Date').length).toBe(details.length + gl.length);
	});
});

describe('14. Scoro → Sage Intacct: invoices and credit invoices (scoro-intacct/invoices.json)', () => {
	const template = 'scoro-intacct/invoices.json';
	/** The template's seeded mapping rows, restated: Scoro company → Intacct customer, object → dimension. */
	const CUSTOMER: Record<string, string> = { '1': 'C-0012', '2': 'C-0001' };
	const GL: Record<string, string> = { '1': '4000', '2': '4200' };
	const DIMENSION: Record<string, Rec> = {
		'1': { DEPARTMENTID: 'SALES' },
		'2': { DEPARTMENTID: 'OPS' },
		'3': { LOCATIONID: 'UK-LON' },
	};
	const money = (n: unknown) => Number(n).toFixed(2);
	const linesOf = (collection: string, recordNo: string) =>
		env.sandbox.state
			.system('intacct')!
			.store.list(collection)
			.filter((l) => String(l.fields.RECORDKEY) === recordNo)
			.map((l) => l.fields as Rec);

	it('writes every Scoro invoice as a Draft AR invoice and every credit invoice as an AR adjustment, and nothing new on a second run', async () => {
		const run = await env.run(template);
		expectSuccess(run);
		expect(failedItems(run)).toEqual([]);

		const store = env.sandbox.state.system('scoro')!.store;
		const documents = store.list('invoices').filter((r) => String(r.fields.date) >= '2026-09-01');
		const invoices = documents.filter((r) => !(r.fields.credited_invoices as unknown[] | undefined)?.length);
		const credits = documents.filter((r) => (r.fields.credited_invoices as unknown[] | undefined)?.length);
		expect(invoices.length).toBeGreaterThan(2);
		expect(credits.length).toBeGreaterThan(0);

		const arInvoices = env.sandbox.state.system('intacct')!.store.list('ARINVOICE');
		for (const inv of invoices) {
			const f = inv.fields as Rec;
			const found = arInvoices.filter((a) => a.fields.EXTERNALID === inv.id);
			expect(found).toHaveLength(1);
			const a = found[0]!;
			expect(a.fields).toMatchObject({
				RECORDID: String(f.no),
				CUSTOMERID: CUSTOMER[String(f.company_id)],
				STATE: 'Draft',
				CURRENCY: f.currency,
				DOCNUMBER: f.reference_no,
				TRX_TOTALENTERED: money(Number(f.sum) + Number(f.vat_sum)),
			});
			const lines = linesOf('ARINVOICEITEM', a.id);
			// One line per Scoro line, plus a tax line for every line with VAT.
			const taxed = (f.lines as Rec[]).filter(
				(l) => Number(l.vat ?? 0) !== 0 && Number(l.sum ?? l.price * l.amount) !== 0,
			);
			expect(lines).toHaveLength((f.lines as Rec[]).length + taxed.length);
			// Each item line is followed by its tax line (tax GL account 2300).
			const items = lines.filter((l) => l.ACCOUNTNO !== '2300');
			expect(items).toHaveLength((f.lines as Rec[]).length);
			(f.lines as Rec[]).forEach((l, n) => {
				const line = items[n]!;
				expect(line.ACCOUNTNO).toBe(GL[String(l.finance_account_id)]);
				expect(line.TRX_AMOUNT).toBe(money(l.sum));
				if (l.finance_object_id) expect(line).toMatchObject(DIMENSION[String(l.finance_object_id)]);
				// Scoro projects on lines map to Intacct projects (dimensions rows "project:<id>").
				if (l.project_id) expect(line.PROJECTID).toBe(`P-000${l.project_id}`);
			});
			const tax = lines.filter((l) => l.ACCOUNTNO === '2300').reduce((sum, l) => sum + Number(l.TRX_AMOUNT), 0);
			expect(tax.toFixed(2)).toBe(money(f.vat_sum));
		}

		const adjustments = env.sandbox.state.system('intacct')!.store.list('ARADJUSTMENT');
		for (const cr of credits) {
			const f = cr.fields as Rec;
			const found = adjustments.filter((a) => a.fields.EXTERNALID === cr.id);
			expect(found).toHaveLength(1);
			expect(found[0]!.fields).toMatchObject({ CUSTOMERID: CUSTOMER[String(f.company_id)], STATE: 'Draft' });
			expect(Math.abs(Number(found[0]!.fields.TRX_TOTALENTERED))).toBeCloseTo(
				Math.abs(Number(f.sum) + Number(f.vat_sum)),
				2,
			);
			const lines = linesOf('ARADJUSTMENTITEM', found[0]!.id);
			expect(lines.length).toBeGreaterThanOrEqual((f.lines as Rec[]).length);
			expect(lines.every((l) => Number(l.TRX_AMOUNT) < 0)).toBe(true);
		}

		const snapshot = () =>
			JSON.stringify(['ARINVOICE', 'ARINVOICEITEM', 'ARADJUSTMENT', 'ARADJUSTMENTITEM'].map((c) => intacct(c)));
		const before = snapshot();
		const again = await env.run(template);
		expectSuccess(again);
		expect(failedItems(again)).toEqual([]);
		expect(snapshot()).toEqual(before);
	});
});

describe('16. Sage Intacct → Scoro: bills filtered by status (intacct-scoro/bills.json)', () => {
	const template = 'intacct-scoro/bills.json';
	/** The template's seeded mapping rows, restated. */
	const COMPANY: Record<string, number> = { 'V-0001': 3, 'V-0002': 4 };
	const ACCOUNT: Record<string, number> = { '5000': 3, '6100': 4, '6200': 3 };
	const OBJECT: Record<string, number> = { FAC: 1, 'UK-LON': 3 };

	it('copies the Intacct bills matching "Submitted" to Scoro with their lines, VAT and accounting objects, and writes nothing on a second run', async () => {
		clearLog();
		const run = await env.run(template);
		expectSuccess(run);
		expect(failedItems(run)).toEqual([]);
		const store = env.sandbox.state.system('intacct')!.store;
		const wanted = store.list('APBILL').filter((b) => b.fields.STATE !== 'Draft');
		// The seeded VAT bill TC-2207 is among them: its line's tax entry (90.00) arrives as Scoro's VAT.
		expect(wanted.map((b) => b.fields.RECORDID)).toContain('TC-2207');
		expect(wanted.length).toBeGreaterThan(0);
		for (const bill of wanted) {
			const f = bill.fields as Rec;
			const copies = scoro('bills').filter((b) => b.no === f.RECORDID);
			expect(copies).toHaveLength(1);
			const lines = store
				.list('APBILLITEM')
				.filter((l) => String(l.fields.RECORDKEY) === bill.id)
				.map((l) => l.fields as Rec);
			const net = lines.reduce((s, l) => s + Number(l.TRX_AMOUNT), 0);
			const iso = (mdy: string) => mdy.replace(/^(\d{2})\/(\d{2})\/(\d{4})$/, '$3-$1-$2');
			expect(copies[0]).toMatchObject({
				company_id: COMPANY[f.VENDORID],
				currency: f.CURRENCY,
				date: iso(f.WHENCREATED),
				deadline: iso(f.WHENDUE),
				sum: net,
				vat_sum: Number(f.TRX_TOTALENTERED) - net,
			});
			expect(
				(copies[0]!.lines as Rec[]).map((l) => [l.comment, l.price, l.finance_account_id, l.finance_object_id ?? null]),
			).toEqual(
				lines.map((l) => [
					l.ENTRYDESCRIPTION,
					Number(l.TRX_AMOUNT),
					ACCOUNT[l.ACCOUNTNO],
					OBJECT[l.DEPARTMENTID || l.LOCATIONID] ?? null,
				]),
			);
		}
		expect(
			scoro('bills')
				.filter((b) => b.no === 'TC-2207')
				.map((b) => [b.sum, b.vat_sum]),
		).toEqual([[450, 90]]);
		expect(scoroCalls().filter((op) => op === 'bills/modify')).toHaveLength(wanted.length);

		clearLog();
		const again = await env.run(template);
		expectSuccess(again);
		expect(scoroCalls().filter((op) => op.endsWith('/modify'))).toEqual([]);
	});
});

describe('17. Scoro → Sage Intacct: receipts of invoices (scoro-intacct/receipts.json)', () => {
	const template = 'scoro-intacct/receipts.json';

	it('records every Scoro receipt of a synced invoice as an AR payment applied to it, once', async () => {
		const intacctStore = env.sandbox.state.system('intacct')!.store;
		// The accountant posts the Draft invoices that Scoro → Intacct created (template 14 ran above).
		for (const inv of intacctStore.list('ARINVOICE').filter((r) => r.fields.STATE === 'Draft'))
			intacctStore.update('ARINVOICE', inv.id, { STATE: 'Posted' });
		const receipts = env.sandbox.state
			.system('scoro')!
			.store.list('receipts')
			.filter((r) => r.fields.sales_doc_type === 'invoices');
		expect(receipts.length).toBeGreaterThan(1);

		const run = await env.run(template);
		expectSuccess(run);
		// The seeded receipt of bill INI-5001 waits: that bill is not in Intacct yet (template 15 runs below).
		expect(failedItems(run).map((f) => [f.record, String(f.error).includes('documentLinks')])).toEqual([
			['receipt 2', true],
		]);
		const payments = intacctStore.list('ARPYMT');
		expect(payments).toHaveLength(receipts.length);
		for (const receipt of receipts) {
			const f = receipt.fields as Rec;
			const paid = (f.receipts as Rec[])[0]!;
			const invoice = intacctStore.list('ARINVOICE').find((r) => r.fields.EXTERNALID === String(paid.invoice_id))!;
			const details = intacctStore.list('ARPYMTDETAIL').filter((d) => String(d.fields.RECORDKEY) === invoice.id);
			expect(details).toHaveLength(1);
			expect(Number(details[0]!.fields.TRX_PAYMENTAMOUNT)).toBe(Number(paid.sum));
			const payment = payments.find((p) => p.id === String(details[0]!.fields.PAYMENTKEY))!;
			expect(payment.fields).toMatchObject({
				CUSTOMERID: invoice.fields.CUSTOMERID,
				CURRENCY: f.currency,
				PAYMENTMETHOD: 'EFT',
				FINANCIALENTITY: f.receipt_account_id === 1 ? 'BARC-GBP' : 'BOA-OPS',
			});
			expect(Number(intacctStore.get('ARINVOICE', invoice.id)!.fields.TRX_TOTALDUE)).toBeCloseTo(
				Number(invoice.fields.TRX_TOTALENTERED) - Number(paid.sum),
				2,
			);
		}

		const snapshot = () => JSON.stringify(['ARPYMT', 'ARPYMTDETAIL', 'ARINVOICE'].map((c) => intacct(c)));
		const before = snapshot();
		const again = await env.run(template);
		expectSuccess(again);
		expect(failedItems(again).map((f) => f.record)).toEqual(['receipt 2']);
		expect(snapshot()).toEqual(before);
	});
});

describe('15. Scoro → Sage Intacct: bills (scoro-intacct/bills.json)', () => {
	const template = 'scoro-intacct/bills.json';
	/** The template's seeded mapping rows, restated (UK entity, VAT as tax entries). */
	const VENDOR: Record<string, string> = { '3': 'V-0001', '4': 'V-0002' };
	const GL: Record<string, string> = { '3': '5000', '4': '6100' };
	const TAX: Record<string, string> = {
		'1': 'UK Purchase Goods Standard Rate',
		'3': 'UK Purchase Exempt',
		'4': 'UK Purchase Exempt',
	};
	const OBJECT: Record<string, Rec> = {
		'1': { DEPARTMENTID: 'FAC' },
		'2': { DEPARTMENTID: 'OPS' },
		'3': { LOCATIONID: 'UK-LON' },
		'4': { LOCATIONID: 'UK-MAN' },
	};
	const us = (iso: string) => iso.replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$2/$3/$1');
	const istore = () => env.sandbox.state.system('intacct')!.store;
	const sstore = () => env.sandbox.state.system('scoro')!.store;
	const billLines = (recordNo: string): Rec[] =>
		istore()
			.list('APBILLITEM')
			.filter((l) => String(l.fields.RECORDKEY) === recordNo)
			.map((l) => l.fields as Rec);
	const taxOf = (line: Rec): Rec[] => {
		const te =
			typeof line.TAXENTRIES === 'string' ? (JSON.parse(line.TAXENTRIES) as Rec) : (line.TAXENTRIES as Rec | undefined);
		return te ? ([] as Rec[]).concat(te.TAXENTRY ?? []) : [];
	};

	it('writes every Scoro bill as a Draft AP bill with lines, tax entries, dimensions, vendor and currency, a credit bill as an AP adjustment, an unmapped one to the error workflow; never sends back a bill that came from Intacct; nothing new on a second run', async () => {
		// A credit bill (the supplier's credit: negative quantities, negative sum), as Scoro's API stores it.
		const credit = sstore().insert(
			'bills',
			withTotals(sstore(), {
				no: 'INI-5001-CR',
				company_id: 3,
				date: '2026-10-05',
				deadline: '2026-10-05',
				currency: 'GBP',
				currency_rate: 1,
				status: 'unpaid',
				payment_type: 'credit',
				reference_no: 'INI-5001',
				description: 'Credit: unused IDE licences',
				account_id: 'sandbox',
				project_id: null,
				is_chargeable: false,
				lines: [
					{
						id: 90,
						product_id: null,
						comment: 'IDE licences returned',
						price: 40,
						amount: -3,
						discount: 0,
						unit: 'h',
						finance_account_id: 4,
						vat_code_id: 1,
						finance_object_id: null,
						project_id: 3,
					},
				],
			}),
			{ createdAt: '2026-10-05T12:00:00Z' },
		);
		// A bill with a VAT code the template's mapping rows do not cover (Scoro's RED5, id 2).
		sstore().insert(
			'bills',
			withTotals(sstore(), {
				no: 'UMB-0801',
				company_id: 4,
				date: '2026-10-09',
				deadline: '2026-11-08',
				currency: 'GBP',
				currency_rate: 1,
				status: 'unpaid',
				payment_type: 'banktransfer',
				reference_no: 'UMB-0801',
				description: 'Printer paper',
				account_id: 'sandbox',
				project_id: null,
				is_chargeable: false,
				lines: [
					{
						id: 91,
						product_id: null,
						comment: 'Paper',
						price: 50,
						amount: 2,
						discount: 0,
						unit: 'pcs',
						finance_account_id: 3,
						vat_code_id: 2,
						finance_object_id: null,
						project_id: null,
					},
				],
			}),
			{ createdAt: '2026-10-09T12:00:00Z' },
		);
		const logBefore = readFailureLog(logDir).length;
		// A bill entered in Intacct and copied to Scoro by the opposite direction (template 16), as when
		// a user runs both: template 15 must not send it back.
		const origin = istore().insert('APBILL', {
			RECORDID: 'NWF-1107',
			VENDORID: 'V-0001',
			VENDORNAME: 'Northwind Facilities',
			DOCNUMBER: 'PO-91',
			DESCRIPTION: 'October facilities',
			TERMNAME: 'Net 30',
			STATE: 'Posted',
			WHENCREATED: '10/15/2026',
			WHENPOSTED: '10/15/2026',
			WHENDUE: '11/14/2026',
			CURRENCY: 'USD',
			BASECURR: 'USD',
			INCLUSIVETAX: 'false',
			TRX_TOTALENTERED: '300.00',
			TOTALENTERED: '300.00',
			TOTALPAID: '0.00',
			TOTALDUE: '300.00',
			MEGAENTITYID: '',
		});
		istore().insert('APBILLITEM', {
			RECORDKEY: origin.id,
			LINE_NO: '1',
			ACCOUNTNO: '5000',
			TRX_AMOUNT: '300.00',
			ENTRYDESCRIPTION: 'Rent share October',
			LOCATIONID: 'US-NYC',
			DEPARTMENTID: 'FAC',
		});
		expectSuccess(await env.run('intacct-scoro/bills.json'));
		const copy = scoro('bills').filter((b) => b.no === 'NWF-1107');
		expect(copy).toHaveLength(1);
		expect(copy[0]).toMatchObject({ company_id: 3, date: '2026-10-15' });

		const run = await env.run(template);
		expectSuccess(run);
		// The unmapped VAT code goes to "Needs mapping" and on to the error workflow, naming table and value.
		const unmapped = (r: N8nRun) =>
			failedItems(r).map((f) => [
				f.system,
				f.record,
				f.operation,
				/taxCodes/.test(String(f.error)) && /"2"/.test(String(f.error)),
			]);
		expect(unmapped(run)).toEqual([['scoro', 'bill UMB-0801', 'map bill', true]]);
		expect(
			readFailureLog(logDir)
				.slice(logBefore)
				.map((l) => [l.record, l.operation, l.workflow]),
		).toEqual([['bill UMB-0801', 'map bill', 'Scoro → Sage Intacct: bills']]);
		expect(
			istore()
				.list('APBILL')
				.filter((b) => b.fields.RECORDID === 'UMB-0801'),
		).toEqual([]);

		const sources = sstore()
			.list('bills')
			.filter(
				(b) =>
					String(b.fields.date) >= '2026-09-01' &&
					!['NWF-1107', 'UMB-0801'].includes(String(b.fields.no)) &&
					Number(b.fields.sum) >= 0,
			);
		expect(sources.length).toBeGreaterThanOrEqual(4);
		const vatPercent = (code: unknown) => Number(sstore().get('vatCodes', String(code))!.fields.percent);
		for (const bill of sources) {
			const f = bill.fields as Rec;
			const found = istore()
				.list('APBILL')
				.filter((b) => b.fields.VENDORID === VENDOR[String(f.company_id)] && b.fields.RECORDID === String(f.no));
			expect(found).toHaveLength(1);
			const a = found[0]!;
			expect(a.fields).toMatchObject({
				STATE: 'Draft',
				CURRENCY: f.currency,
				MEGAENTITYID: 'UK',
				DOCNUMBER: f.reference_no,
				DESCRIPTION: f.description,
				WHENCREATED: us(f.date),
				WHENDUE: us(f.deadline),
				TAXSOLUTIONID: 'United Kingdom - VAT',
			});
			expect(Number(a.fields.TRX_TOTALENTERED)).toBeCloseTo(Number(f.sum) + Number(f.vat_sum), 2);
			const lines = billLines(a.id);
			// One Intacct line per Scoro line: the VAT rides on the line as its tax entry.
			expect(lines).toHaveLength((f.lines as Rec[]).length);
			(f.lines as Rec[]).forEach((l, n) => {
				const line = lines[n]!;
				const net = Number(l.sum ?? l.price * l.amount);
				expect(line).toMatchObject({
					ACCOUNTNO: GL[String(l.finance_account_id)],
					TRX_AMOUNT: net.toFixed(2),
					ENTRYDESCRIPTION: l.comment,
				});
				// The business entity ("sandbox") gives UK-LON; an accounting object overrides or adds its dimension.
				expect(line).toMatchObject({
					LOCATIONID: 'UK-LON',
					...(l.finance_object_id ? OBJECT[String(l.finance_object_id)] : {}),
				});
				if (l.project_id) expect(line.PROJECTID).toBe(`P-000${l.project_id}`);
				const tax = taxOf(line);
				// Every line carries its tax detail (a zero-rated one with 0.00), the VAT within a cent of the line's.
				expect(tax.map((t) => t.DETAILID)).toEqual([TAX[String(l.vat_code_id)]]);
				expect(Math.abs(Number(tax[0]!.TRX_TAX) - (net * vatPercent(l.vat_code_id)) / 100)).toBeLessThanOrEqual(0.01);
			});
			const vat = lines.flatMap(taxOf).reduce((s, t) => s + Number(t.TRX_TAX), 0);
			expect(vat.toFixed(2)).toBe(Number(f.vat_sum).toFixed(2));
		}
		// The credit bill is a Draft AP adjustment (debit memo): negative line, its tax entry negative too.
		const adjustments = istore()
			.list('APADJUSTMENT')
			.filter((a) => a.fields.VENDORID === 'V-0001' && a.fields.RECORDID === 'INI-5001-CR');
		expect(adjustments).toHaveLength(1);
		expect(adjustments[0]!.fields).toMatchObject({
			STATE: 'Draft',
			ADJUSTMENTTYPE: 'Debit Memo',
			CURRENCY: 'GBP',
			MEGAENTITYID: 'UK',
			EXTERNALID: credit.id,
			TRX_TOTALENTERED: '-144.00',
			TAXSOLUTIONID: 'United Kingdom - VAT',
		});
		const creditLines = istore()
			.list('APADJUSTMENTITEM')
			.filter((l) => String(l.fields.RECORDKEY) === adjustments[0]!.id)
			.map((l) => l.fields as Rec);
		expect(
			creditLines.map((l) => [
				l.ACCOUNTNO,
				l.TRX_AMOUNT,
				l.ENTRYDESCRIPTION,
				l.LOCATIONID,
				l.PROJECTID,
				JSON.parse(String(l.TAXENTRIES)),
			]),
		).toEqual([
			[
				'6100',
				'-120.00',
				'IDE licences returned',
				'UK-LON',
				'P-0003',
				[{ detailid: 'UK Purchase Goods Standard Rate', trx_tax: '-24.00' }],
			],
		]);
		// No negative AP bill was written for it.
		expect(
			istore()
				.list('APBILL')
				.filter((b) => b.fields.RECORDID === 'INI-5001-CR'),
		).toEqual([]);

		// The bill that came from Intacct is skipped, not written a second time.
		expect(
			istore()
				.list('APBILL')
				.filter((b) => b.fields.RECORDID === 'NWF-1107'),
		).toHaveLength(1);
		expect(nodeOutput(run, 'Already in Intacct').map((i) => (i.record as Rec).RECORDID)).toContain('NWF-1107');
		expect(allRuns(run, 'Synced')).toHaveLength(sources.length + 1);

		const snapshot = () =>
			JSON.stringify(['APBILL', 'APBILLITEM', 'APADJUSTMENT', 'APADJUSTMENTITEM'].map((c) => intacct(c)));
		const before = snapshot();
		const again = await env.run(template);
		expectSuccess(again);
		// Still unmapped: reported again, nothing written.
		expect(unmapped(again)).toEqual([['scoro', 'bill UMB-0801', 'map bill', true]]);
		expect(snapshot()).toEqual(before);
		expect(again.data.resultData.runData['Create AP Bill']).toBeUndefined();
		expect(again.data.resultData.runData['Create AP Adjustment']).toBeUndefined();
	});
});

describe('17. Sage Intacct → Scoro: payments → receipts of invoices and bills (intacct-scoro/receipts.json)', () => {
	const template = 'intacct-scoro/receipts.json';
	const istore = () => env.sandbox.state.system('intacct')!.store;
	const sstore = () => env.sandbox.state.system('scoro')!.store;
	const esc = (v: string) => v.replace(/&/g, '&amp;').replace(/</g, '&lt;');
	const xml = (value: unknown): string =>
		value !== null && typeof value === 'object'
			? Object.entries(value as Rec)
					.map(([k, v]) =>
						Array.isArray(v) ? v.map((one) => `<${k}>${xml(one)}</${k}>`).join('') : `<${k}>${xml(v)}</${k}>`,
					)
					.join('')
			: esc(String(value ?? ''));
	/** A payment posted in Intacct by accounting staff (not from Scoro), through the sandbox's XML gateway: its RECORDNO. */
	async function postInIntacct(object: 'ARPYMT' | 'APPYMT', record: Rec, entity?: string): Promise<string> {
		const { INTACCT_SANDBOX_CREDENTIALS: IC } = await import('../../../sandbox/intacct/seed');
		const login = `<login><userid>${IC.userId}</userid><companyid>${IC.companyId}</companyid><password>${IC.userPassword}</password>${entity ? `<locationid>${entity}</locationid>` : ''}</login>`;
		const body = `<?xml version="1.0" encoding="UTF-8"?><request><control><senderid>${IC.senderId}</senderid><password>${IC.senderPassword}</password><controlid>h3${Date.now()}</controlid><uniqueid>false</uniqueid><dtdversion>3.0</dtdversion><includewhitespace>false</includewhitespace></control><operation transaction="false"><authentication>${login}</authentication><content><function controlid="f1"><create><${object}>${xml(record)}</${object}></create></function></content></operation></request>`;
		const res = await fetch(`${env.sandbox.systemUrl('intacct')}/ia/xml/xmlgw.phtml`, {
			method: 'POST',
			headers: { 'content-type': 'application/xml' },
			body,
		});
		const text = await res.text();
		const key = /<RECORDNO>(\d+)<\/RECORDNO>/.exec(text)?.[1];
		if (!key || (text.match(/<status>success<\/status>/g) ?? []).length < 3)
			throw new Error(`Intacct ${object} create failed: ${text.slice(0, 1500)}`);
		return key;
	}
	const receiptGroups = (): Rec[] =>
		sstore()
			.list('receipts')
			.map((r) => ({ id: Number(r.id), ...(r.fields as Rec) }));
	const intacctInvoiceOf = (scoroId: number) =>
		istore()
			.list('ARINVOICE')
			.find((r) => r.fields.EXTERNALID === String(scoroId))!;

	it('records Intacct AR and AP payments as Scoro receipts on the linked invoices and bills, never sends back payments that came from Scoro, and creates nothing on a second run', async () => {
		// Template 17 (Scoro → Intacct) ran above: its payments carry the Scoro receipt group in their memo.
		const fromScoro = istore()
			.list('ARPYMT')
			.filter((p) => /^Scoro receipt \d+$/.test(String(p.fields.DESCRIPTION ?? '')));
		expect(fromScoro.length).toBeGreaterThan(1);

		// Accounting staff post payments in Intacct: invoices 3 (part) and 7 (in two payments, so it ends paid), both GBP.
		const inv3 = intacctInvoiceOf(3);
		const inv7 = intacctInvoiceOf(7);
		const scoroInv7 = sstore().get('invoices', '7')!.fields as Rec;
		const total7 = Number(scoroInv7.sum) + Number(scoroInv7.vat_sum);
		expect(Number(inv7.fields.TRX_TOTALDUE)).toBeCloseTo(total7, 2);
		expect(scoroInv7.status).toBe('unpaid');
		const ar = (date: string, details: Array<[string, number]>) => ({
			PAYMENTMETHOD: 'EFT',
			FINANCIALENTITY: 'BARC-GBP',
			CUSTOMERID: inv7.fields.CUSTOMERID,
			RECEIPTDATE: date,
			PAYMENTDATE: date,
			CURRENCY: 'GBP',
			ARPYMTDETAILS: {
				ARPYMTDETAIL: details.map(([invoice, amount]) => ({
					RECORDKEY: invoice,
					TRX_PAYMENTAMOUNT: amount.toFixed(2),
				})),
			},
		});
		expect(inv3.fields.CUSTOMERID).toBe(inv7.fields.CUSTOMERID);
		await postInIntacct(
			'ARPYMT',
			ar('10/20/2026', [
				[inv3.id, 1000],
				[inv7.id, 500],
			]),
			'UK',
		);
		await postInIntacct('ARPYMT', ar('10/25/2026', [[inv7.id, total7 - 500]]), 'UK');
		// ... and an AP payment of the USD bill NWF-1001 that Intacct → Scoro bills copied to Scoro (same number).
		const apBill = istore()
			.list('APBILL')
			.find((b) => b.fields.RECORDID === 'NWF-1001')!;
		const scoroBill = sstore()
			.list('bills')
			.find((b) => b.fields.no === 'NWF-1001')!;
		expect(scoroBill).toBeDefined();
		const billTotal = Number(scoroBill.fields.sum) + Number(scoroBill.fields.vat_sum);
		expect(billTotal).toBeCloseTo(Number(apBill.fields.TOTALDUE), 2);
		await postInIntacct('APPYMT', {
			FINANCIALENTITY: 'BOA-OPS',
			PAYMENTMETHOD: 'EFT',
			VENDORID: apBill.fields.VENDORID,
			PAYMENTDATE: '10/22/2026',
			CURRENCY: 'USD',
			APPYMTDETAILS: {
				APPYMTDETAIL: [{ RECORDKEY: apBill.id, TRX_PAYMENTAMOUNT: Number(apBill.fields.TOTALDUE).toFixed(2) }],
			},
		});

		const before = receiptGroups();
		const run = await env.run(template);
		expectSuccess(run);
		expect(failedItems(run)).toEqual([]);
		const created = receiptGroups().filter((g) => !before.some((b) => b.id === g.id));
		const lines = (g: Rec) => (g.receipts as Rec[]).map((r) => [r.invoice_id, r.sum, r.date]);
		// Record by record: one receipt group per Intacct payment, one receipt per paid document.
		expect(
			created.map((g) => [g.sales_doc_type, g.date, g.currency, g.contact_id, g.receipt_account_id, g.sum, lines(g)]),
		).toEqual([
			[
				'invoices',
				'2026-10-20',
				'GBP',
				1,
				1,
				1500,
				[
					[3, 1000, '2026-10-20'],
					[7, 500, '2026-10-20'],
				],
			],
			[
				'invoices',
				'2026-10-25',
				'GBP',
				1,
				1,
				Number((total7 - 500).toFixed(2)),
				[[7, Number((total7 - 500).toFixed(2)), '2026-10-25']],
			],
			[
				'bills',
				'2026-10-22',
				'USD',
				scoroBill.fields.company_id,
				2,
				billTotal,
				[[Number(scoroBill.id), billTotal, '2026-10-22']],
			],
		]);
		// Paid status in Scoro: invoice 7 and the bill paid in full, invoice 3 part-paid.
		expect(sstore().get('invoices', '7')!.fields).toMatchObject({
			status: 'paid',
			paid_sum: total7,
			receivable_sum: 0,
		});
		expect(sstore().get('invoices', '3')!.fields).toMatchObject({ status: 'unpaid', paid_sum: 1000 });
		expect(sstore().get('bills', scoroBill.id)!.fields).toMatchObject({ status: 'paid', paid_sum: billTotal });
		// No ping-pong: the payments that came from Scoro receipts were not written back as new receipts.
		expect(created.some((g) => (g.receipts as Rec[]).some((r) => [1, 2].includes(Number(r.invoice_id))))).toBe(false);

		const snapshot = JSON.stringify([receiptGroups(), sstore().list('invoices'), sstore().list('bills')]);
		clearLog();
		const again = await env.run(template);
		expectSuccess(again);
		expect(failedItems(again)).toEqual([]);
		expect(JSON.stringify([receiptGroups(), sstore().list('invoices'), sstore().list('bills')])).toEqual(snapshot);
		expect(scoroCalls().filter((op) => op.endsWith('/modify'))).toEqual([]);
	});
});

describe('14 (bookmark). Scoro → Sage Intacct invoices with Settings → bookmarkId: only the documents in the bookmark (scoro-intacct/invoices.json)', () => {
	it('syncs the new invoice in the bookmark and leaves the one outside it alone', async () => {
		const sstore = env.sandbox.state.system('scoro')!.store;
		const istore = env.sandbox.state.system('intacct')!.store;
		// The seeded bookmark "Send to Intacct: Acme Consulting" (invoices of company 1).
		const bookmark = sstore.list('bookmarks').find((b) => b.fields.module === 'invoices')!;
		expect(bookmark.fields.filter).toEqual({ company_id: 1 });
		// Two new invoices since template 14 last ran: one for Acme (in the bookmark), one for Globex (not).
		const newInvoice = (company: number, no: number) =>
			sstore.insert('invoices', {
				no,
				company_id: company,
				date: '2026-11-02',
				deadline: '2026-11-16',
				currency: 'GBP',
				currency_rate: 1,
				status: 'unpaid',
				account_id: 'sandbox',
				description: `Bookmark test ${no}`,
				credited_invoices: [],
				lines: [
					{
						id: 900 + no,
						comment: 'Advisory',
						price: 100,
						amount: 2,
						discount: 0,
						sum: 200,
						vat: 20,
						vat_code_id: 1,
						finance_account_id: 2,
						finance_object_id: null,
						project_id: null,
					},
				],
				sum: 200,
				vat_sum: 40,
			});
		const inBookmark = newInvoice(1, 1101);
		const outside = newInvoice(2, 1102);

		const { loadTemplate } = await import('../../helpers/templates');
		const wf = loadTemplate('scoro-intacct/invoices.json');
		const settings = (wf.nodes as Rec[]).find((n) => n.name === 'Settings')!;
		const assignments = settings.parameters.assignments.assignments as Rec[];
		expect(assignments.find((a) => a.name === 'bookmarkId')).toMatchObject({ value: '' });
		assignments.find((a) => a.name === 'bookmarkId')!.value = bookmark.id;
		const id = 'tplScoIntInvBkm1';
		await env.n8n.importWorkflow({ ...wf, id, name: `${wf.name} (bookmark ${bookmark.id})` });
		const run = await env.n8n.executeWorkflow(id);
		expectSuccess(run);
		expect(failedItems(run)).toEqual([]);
		// Only the bookmark's documents were read, so only the Acme invoice reached Intacct.
		expect(nodeOutput(run, 'Scoro Invoices').every((i) => i.company_id === 1)).toBe(true);
		const synced = istore
			.list('ARINVOICE')
			.filter((r) => [inBookmark.id, outside.id].includes(String(r.fields.EXTERNALID)));
		expect(synced.map((r) => [r.fields.EXTERNALID, r.fields.RECORDID, r.fields.TRX_TOTALENTERED])).toEqual([
			[inBookmark.id, '1101', '240.00'],
		]);
		// Acme's invoices paid in Intacct (3 part, 7 in full, by the payments → receipts test above) changed in Scoro
		// only through their receipts: left alone rather than refused by Intacct as updates of paid invoices.
		const mapped = nodeOutput(run, 'Invoice → AR Invoice').map((i) => String((i.source as Rec).id));
		const sent = nodeOutput(run, 'Skip Paid, Unchanged Invoices').map((i) => String((i.source as Rec).id));
		expect(mapped).toEqual(expect.arrayContaining(['3', '7', inBookmark.id]));
		expect(sent).toContain(inBookmark.id);
		expect(sent.filter((id) => ['3', '7'].includes(id))).toEqual([]);
	});
});

describe('17. Scoro → Sage Intacct: receipts of bills, and no ping-pong with Intacct → Scoro receipts (scoro-intacct/receipts.json)', () => {
	const template = 'scoro-intacct/receipts.json';
	const istore = () => env.sandbox.state.system('intacct')!.store;

	it('records the Scoro receipt of a bill as an AP payment on the Intacct bill with its number, leaves the receipts that came from Intacct alone, and creates nothing on a second run', async () => {
		// Template 15 wrote Scoro bill INI-5001 to Intacct as a Draft; the accountant posts it.
		const bill = istore()
			.list('APBILL')
			.find((b) => b.fields.RECORDID === 'INI-5001')!;
		expect(bill).toBeDefined();
		if (bill.fields.STATE === 'Draft') istore().update('APBILL', bill.id, { STATE: 'Posted' });
		const dueBefore = Number(istore().get('APBILL', bill.id)!.fields.TOTALDUE);
		// Intacct → Scoro receipts (above) wrote receipts into Scoro for payments made in Intacct: they must not come back.
		const fromIntacct = env.sandbox.state
			.system('scoro')!
			.store.list('receipts')
			.filter((r) => Number(r.id) > 3);
		expect(fromIntacct.length).toBeGreaterThan(0);
		const arBefore = istore().list('ARPYMT').length;
		const apBefore = istore().list('APPYMT').length;

		const run = await env.run(template);
		expectSuccess(run);
		expect(failedItems(run)).toEqual([]);
		expect(istore().list('ARPYMT').length).toBe(arBefore);
		const created = istore().list('APPYMT').slice(apBefore);
		// Seeded Scoro receipt 2: 720.00 GBP for bill 1 (INI-5001), receipt account 1.
		expect(created.map((p) => p.fields)).toEqual([
			expect.objectContaining({
				VENDORID: bill.fields.VENDORID,
				CURRENCY: 'GBP',
				PAYMENTMETHOD: 'EFT',
				FINANCIALENTITY: 'BARC-GBP',
				DESCRIPTION: 'Scoro receipt 2',
			}),
		]);
		const details = istore()
			.list('APPYMTDETAIL')
			.filter((d) => String(d.fields.PAYMENTKEY) === created[0]!.id);
		expect(details.map((d) => [String(d.fields.RECORDKEY), Number(d.fields.TRX_PAYMENTAMOUNT)])).toEqual([
			[bill.id, 720],
		]);
		expect(Number(istore().get('APBILL', bill.id)!.fields.TOTALDUE)).toBeCloseTo(dueBefore - 720, 2);

		const again = await env.run(template);
		expectSuccess(again);
		expect(failedItems(again)).toEqual([]);
		expect([istore().list('ARPYMT').length, istore().list('APPYMT').length]).toEqual([arBefore, apBefore + 1]);
	});
});
