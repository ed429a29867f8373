import type { IDataObject } from 'n8n-workflow';
import { SandboxClock } from '../../../sandbox/core/clock';
import { RecordStore } from '../../../sandbox/core/store';
import { render } from '../../../sandbox/scoro/api';
import { finishSeed } from '../../../sandbox/scoro/documents';
import { SCORO_MODULES } from '../../../sandbox/scoro/modules';
import { seedScoro } from '../../../sandbox/scoro/seed';
import type { XmlNode } from '../../../nodes/SageIntacct/transport/xml';
import { validateIntacctRequest } from '../../helpers/xsd';
import { only, runMapper } from './harness';

/**
 * Scoro ↔ Intacct against the Scoro sandbox's seeded records, rendered as the Scoro node's View
 * returns them (sandbox/scoro/api.ts render). Expected figures worked out by hand from the seed.
 */
const store = new RecordStore('scoro', new SandboxClock());
seedScoro(store, finishSeed);
const view = (module: keyof typeof SCORO_MODULES, id: number): IDataObject =>
	render(SCORO_MODULES[module], store.get(module, String(id))!, true) as IDataObject;

function scoroTables(): IDataObject {
	return {
		accounts: [
			{ source: '1', glAccount: '4000' },
			{ source: '2', glAccount: '4100' },
			{ source: '3', glAccount: '5000' },
			{ source: '4', glAccount: '6100' },
		],
		taxCodes: [
			{ source: '1', taxDetailId: 'UK Sale Goods Standard Rate', taxGlAccount: '2300' },
			{ source: '2', taxDetailId: 'UK Sale Reduced Rate', taxGlAccount: '2300' },
			{ source: '3', taxDetailId: 'UK Sale Zero Rate', taxGlAccount: '2300' },
			{ source: '4', taxDetailId: 'UK Sale Exempt', taxGlAccount: '2300' },
		],
		dimensions: [
			{ source: 'sandbox', entity: 'UK', locationId: 'UK-LON' },
			{ source: '1', departmentId: 'CONSULT' },
			{ source: '2', departmentId: 'DESIGN' },
			{ source: '3', locationId: 'UK-LON' },
			{ source: 'project:1', projectId: 'P-ACME-ERP' },
			{ source: 'project:2', projectId: 'P-GLOBEX-BRAND' },
			{ source: 'project:3', projectId: 'P-INTERNAL' },
		],
		paymentMethods: [
			{ source: '1', paymentMethod: 'EFT', bankAccountId: 'BARCLAYS-GBP' },
			{ source: '2', paymentMethod: 'EFT', bankAccountId: 'CHASE-USD' },
		],
		customers: [
			{ source: '1', target: 'C-0101' },
			{ source: '2', target: 'C-0202' },
			{ source: '3', target: 'V-0003' },
			{ source: '4', target: 'V-0004' },
		],
		documentLinks: [
			{ source: '1', target: '901', partyId: 'C-0101' },
			{ source: '2', target: '902', partyId: 'C-0202' },
		],
		settings: {
			customerIdStrategy: 'table',
			baseCurrency: 'GBP',
			defaultAction: 'Draft',
			memoTemplate: '{number}: {description}',
		},
	};
}

async function xsd(fn: string, record: unknown): Promise<string[]> {
	return (await validateIntacctRequest([{ controlId: 'scoro', body: { [fn]: record } as unknown as XmlNode }])).errors;
}

describe('Scoro → Intacct', () => {
	it('writes a three-line invoice with per-line VAT as an AR invoice; lines + tax = sum + vat_sum', async () => {
		const out = only(await runMapper('scoroToIntacct', 'invoiceToArInvoice', [view('invoices', 3)], scoroTables()));
		const record = out.record as IDataObject;
		expect(out.entity).toBe('UK');
		expect(record).toMatchObject({
			customerid: 'C-0101',
			invoiceno: '1003',
			ponumber: 'RF-1003',
			description: 'Implementation phase 1',
			action: 'Draft',
			externalid: '3',
		});
		const lines = (record.invoiceitems as { lineitem: IDataObject[] }).lineitem;
		expect(
			lines.map((l) => [l.glaccountno, l.amount, l.locationid, l.departmentid ?? null, l.projectid ?? null]),
		).toEqual([
			['4100', '6000.00', 'UK-LON', 'CONSULT', 'P-ACME-ERP'],
			['2300', '1200.00', 'UK-LON', 'CONSULT', 'P-ACME-ERP'],
			['4000', '250.00', 'UK-LON', null, null],
			['2300', '50.00', 'UK-LON', null, null],
			['4000', '80.00', 'UK-LON', null, null],
		]);
		expect(lines[0]!.memo).toBe('1003: Implementation');
		expect(out.total).toBe('7580.00');
		expect(await xsd('create_invoice', record)).toEqual([]);
	});

	it('sends the Scoro rate for a USD invoice against the GBP base', async () => {
		const record = only(await runMapper('scoroToIntacct', 'invoiceToArInvoice', [view('invoices', 2)], scoroTables()))
			.record as IDataObject;
		expect(record).toMatchObject({ basecurr: 'GBP', currency: 'USD', exchrate: '1.27' });
	});

	it('spreads a document-rounded VAT over the lines in whole cents', async () => {
		const inv = view('invoices', 3);
		// Three lines of 0.05 at 20% VAT: 0.01 each exactly, Scoro rounds the document VAT 0.03.
		inv.lines = [1, 2, 3].map((n) => ({
			id: n,
			comment: `Item ${n}`,
			price: 0.05,
			amount: 1,
			discount: 0,
			sum: 0.05,
			vat: 20,
			vat_code_id: 1,
			finance_account_id: 1,
		}));
		inv.sum = 0.15;
		inv.vat_sum = 0.03;
		const record = only(await runMapper('scoroToIntacct', 'invoiceToArInvoice', [inv], scoroTables()))
			.record as IDataObject;
		const amounts = (record.invoiceitems as { lineitem: IDataObject[] }).lineitem.map((l) => l.amount);
		expect(amounts).toEqual(['0.05', '0.01', '0.05', '0.01', '0.05', '0.01']);
		// Seven lines of 0.07 at 5%: 0.0035 each, 0.0245 in all, Scoro says 0.02: two cents spread.
		inv.lines = [1, 2, 3, 4, 5, 6, 7].map((n) => ({
			id: n,
			comment: `Item ${n}`,
			price: 0.07,
			amount: 1,
			sum: 0.07,
			vat: 5,
			vat_code_id: 2,
			finance_account_id: 1,
		}));
		inv.sum = 0.49;
		inv.vat_sum = 0.02;
		const out = only(await runMapper('scoroToIntacct', 'invoiceToArInvoice', [inv], scoroTables()));
		const taxLines = ((out.record as IDataObject).invoiceitems as { lineitem: IDataObject[] }).lineitem.filter(
			(l) => l.glaccountno === '2300',
		);
		expect(taxLines.map((l) => l.amount)).toEqual(['0.01', '0.01']);
		expect(out.total).toBe('0.51');
	});

	it('fails an invoice whose lines disagree with its sum', async () => {
		const inv = { ...view('invoices', 3), sum: 6331 };
		const { mapped } = await runMapper('scoroToIntacct', 'invoiceToArInvoice', [inv], scoroTables(), {}, true);
		expect(mapped[0]!.json.error).toMatch(
			/scoro invoice 3 \(1003\), field sum: the document sum 6330.00 .* does not match 6331.00/,
		);
	});

	it('writes a credit invoice (negative quantities) as a credit memo', async () => {
		const out = only(
			await runMapper('scoroToIntacct', 'creditInvoiceToArAdjustment', [view('invoices', 4)], scoroTables()),
		);
		const lines = ((out.record as IDataObject).aradjustmentitems as { lineitem: IDataObject[] }).lineitem;
		expect(lines.map((l) => [l.glaccountno, l.amount])).toEqual([
			['4000', '-100.00'],
			['2300', '-20.00'],
		]);
		expect(out.total).toBe('-120.00');
		expect(await xsd('create_aradjustment', out.record)).toEqual([]);
	});

	it('refuses an invoice given to the credit conversion and the reverse', async () => {
		const a = await runMapper(
			'scoroToIntacct',
			'creditInvoiceToArAdjustment',
			[view('invoices', 3)],
			scoroTables(),
			{},
			true,
		);
		const b = await runMapper('scoroToIntacct', 'invoiceToArInvoice', [view('invoices', 4)], scoroTables(), {}, true);
		expect(a.mapped[0]!.json.error).toMatch(/this is an invoice, not a credit invoice/);
		expect(b.mapped[0]!.json.error).toMatch(/convert it as a credit invoice/);
	});

	it('writes a bill as the generic APBILL record AP Bill > Create takes, for the mapped vendor, tax as lines', async () => {
		const out = only(await runMapper('scoroToIntacct', 'billToApBill', [view('bills', 1)], scoroTables()));
		expect(out.target).toBe('APBILL');
		const record = out.record as IDataObject;
		// Generic shape: uppercase fields, dates mm/dd/yyyy, the Scoro number as the bill number.
		expect(record).toMatchObject({
			VENDORID: 'V-0003',
			RECORDID: 'INI-5001',
			DOCNUMBER: 'INI-5001',
			WHENCREATED: '09/02/2026',
			WHENDUE: '10/02/2026',
			ACTION: 'Draft',
			CURRENCY: 'GBP',
		});
		expect(Object.keys(record).filter((k) => k !== k.toUpperCase())).toEqual([]);
		const items = (record.APBILLITEMS as { APBILLITEM: IDataObject[] }).APBILLITEM;
		expect(items.map((l) => [l.ACCOUNTNO, l.TRX_AMOUNT, l.LOCATIONID, l.PROJECTID])).toEqual([
			['6100', '400.00', 'UK-LON', 'P-INTERNAL'],
			['2300', '80.00', 'UK-LON', 'P-INTERNAL'],
			['6100', '200.00', 'UK-LON', 'P-INTERNAL'],
			['2300', '40.00', 'UK-LON', 'P-INTERNAL'],
		]);
		expect(items.some((l) => l.TAXENTRIES !== undefined)).toBe(false);
		expect(out.total).toBe('720.00');
		expect(out.entity).toBe('UK');
	});

	it('writes a bill with tax entries per line (tax handling "taxEntries"), the net on the line', async () => {
		const t = scoroTables();
		t.settings = { ...(t.settings as IDataObject), taxHandling: 'taxEntries', taxSolutionId: 'United Kingdom - VAT' };
		const out = only(await runMapper('scoroToIntacct', 'billToApBill', [view('bills', 1)], t));
		const record = out.record as IDataObject;
		expect(record.TAXSOLUTIONID).toBe('United Kingdom - VAT');
		expect((record.APBILLITEMS as { APBILLITEM: IDataObject[] }).APBILLITEM).toEqual([
			{
				ACCOUNTNO: '6100',
				TRX_AMOUNT: '400.00',
				ENTRYDESCRIPTION: 'INI-5001: IDE licences',
				LOCATIONID: 'UK-LON',
				PROJECTID: 'P-INTERNAL',
				TAXENTRIES: { TAXENTRY: [{ DETAILID: 'UK Sale Goods Standard Rate', TRX_TAX: '80.00' }] },
			},
			{
				ACCOUNTNO: '6100',
				TRX_AMOUNT: '200.00',
				ENTRYDESCRIPTION: 'INI-5001: CI minutes',
				LOCATIONID: 'UK-LON',
				PROJECTID: 'P-INTERNAL',
				TAXENTRIES: { TAXENTRY: [{ DETAILID: 'UK Sale Goods Standard Rate', TRX_TAX: '40.00' }] },
			},
		]);
		expect(out.total).toBe('720.00');
		// A zero-rated line keeps its tax detail, with 0.00 tax, and its VAT code must be mapped.
		const zero = only(await runMapper('scoroToIntacct', 'billToApBill', [view('bills', 3)], t));
		expect(
			(zero.record as { APBILLITEMS: { APBILLITEM: IDataObject[] } }).APBILLITEMS.APBILLITEM.map((l) => l.TAXENTRIES),
		).toEqual([{ TAXENTRY: [{ DETAILID: 'UK Sale Zero Rate', TRX_TAX: '0.00' }] }]);
		t.taxCodes = (t.taxCodes as IDataObject[]).filter((r) => r.source !== '3');
		expect(
			(await runMapper('scoroToIntacct', 'billToApBill', [view('bills', 3)], t)).needsMapping[0]?.json,
		).toMatchObject({ table: 'taxCodes', field: 'lines[1].taxRate', value: '3' });
	});

	it('writes a foreign-currency bill with the exchange rate type, or the source rate, as generic currency fields', async () => {
		const t = scoroTables();
		const bill = { ...view('bills', 2), currency: 'EUR', currency_rate: 0.85 };
		t.settings = { ...(t.settings as IDataObject), currencyPolicy: 'rateType' };
		expect(only(await runMapper('scoroToIntacct', 'billToApBill', [bill], t)).record).toMatchObject({
			CURRENCY: 'EUR',
			BASECURR: 'GBP',
			EXCH_RATE_DATE: '09/12/2026',
			EXCH_RATE_TYPE_ID: 'Intacct Daily Rate',
		});
		t.settings = { ...(t.settings as IDataObject), currencyPolicy: 'sourceRate' };
		const sourceRate = only(await runMapper('scoroToIntacct', 'billToApBill', [bill], t)).record as IDataObject;
		expect(sourceRate).toMatchObject({ CURRENCY: 'EUR', BASECURR: 'GBP', EXCHANGE_RATE: '0.85' });
		expect(sourceRate.EXCH_RATE_TYPE_ID).toBeUndefined();
	});

	it('writes a negative Scoro bill (a supplier credit) as an AP adjustment debit memo with negative lines, valid against api.xsd', async () => {
		const bill = view('bills', 2);
		const credit = {
			...bill,
			no: 'UMB-0777-CR',
			sum: -Number(bill.sum),
			vat_sum: -Number(bill.vat_sum),
			lines: (bill.lines as IDataObject[]).map((l) => ({
				...l,
				amount: -Number(l.amount),
				sum: l.sum === undefined || l.sum === null ? l.sum : -Number(l.sum),
			})),
		};
		const out = only(await runMapper('scoroToIntacct', 'billToApBill', [credit], scoroTables()));
		expect(out.target).toBe('create_apadjustment');
		const record = out.record as IDataObject;
		expect(record).toMatchObject({
			vendorid: 'V-0004',
			adjustmentno: 'UMB-0777-CR',
			action: 'Draft',
			externalid: '2',
			datecreated: { year: '2026', month: '09', day: '12' },
		});
		expect(
			(record.apadjustmentitems as { lineitem: IDataObject[] }).lineitem.map((l) => [
				l.glaccountno,
				l.amount,
				l.locationid,
			]),
		).toEqual([
			['5000', '-120.00', 'UK-LON'],
			['2300', '-24.00', 'UK-LON'],
		]);
		expect(out.total).toBe('-144.00');
		expect(await xsd('create_apadjustment', record)).toEqual([]);
		// The same credit as a positive bill would be a bill: the sign decides, not the caller.
		expect(only(await runMapper('scoroToIntacct', 'billToApBill', [bill], scoroTables())).target).toBe('APBILL');
	});

	it('routes a bill or credit bill with an unmapped company, finance account, VAT code, accounting object or project to "Needs mapping"', async () => {
		const bill = view('bills', 3);
		const credit = {
			...view('bills', 2),
			sum: -Number(view('bills', 2).sum),
			vat_sum: -Number(view('bills', 2).vat_sum),
			lines: (view('bills', 2).lines as IDataObject[]).map((l) => ({
				...l,
				amount: -Number(l.amount),
				sum: -Number(l.sum),
			})),
		};
		const cases: Array<[IDataObject, string, string, string]> = [
			[bill, 'customers', 'company_id', '3'],
			[bill, 'accounts', 'lines[1].account', '3'],
			[view('bills', 2), 'taxCodes', 'lines[1].taxRate', '1'],
			[bill, 'dimensions', 'lines[1].accountingObject', '2'],
			[bill, 'dimensions', 'lines[1].project', 'project:2'],
			[credit, 'customers', 'company_id', '4'],
			[credit, 'taxCodes', 'lines[1].taxRate', '1'],
		];
		for (const [record, table, field, value] of cases) {
			const t = scoroTables();
			t[table] = (t[table] as IDataObject[]).filter((r) => r.source !== value);
			const { mapped, needsMapping } = await runMapper('scoroToIntacct', 'billToApBill', [record], t);
			expect(mapped).toEqual([]);
			expect(needsMapping[0]?.json).toMatchObject({ table, field, value, record: { system: 'scoro', type: 'bill' } });
		}
	});

	it('writes a receipt for invoices as an AR payment and one for bills as an AP payment', async () => {
		const receipts = [1, 2].map(
			(id) => render(SCORO_MODULES.receipts, store.get('receipts', String(id))!, true) as IDataObject,
		);
		const t = scoroTables();
		(t.documentLinks as IDataObject[]).push({ source: 'bill:1', target: '77', partyId: 'V-0003' });
		const ar = only(await runMapper('scoroToIntacct', 'receiptToPayment', [receipts[0]!], t));
		expect(ar.target).toBe('ARPYMT');
		expect(ar.record).toMatchObject({
			PAYMENTMETHOD: 'EFT',
			FINANCIALENTITY: 'BARCLAYS-GBP',
			CUSTOMERID: 'C-0101',
			ARPYMTDETAILS: { ARPYMTDETAIL: [{ RECORDKEY: '901', TRX_PAYMENTAMOUNT: '3600.00' }] },
		});
		// The bill receipt pays Scoro bill 1: bills share ids with invoices, so its link is "bill:1".
		const ap = await runMapper('scoroToIntacct', 'receiptToPayment', [receipts[1]!], t);
		expect(ap.mapped[0]!.json.target).toBe('APPYMT');
		expect(ap.mapped[0]!.json.record).toMatchObject({
			VENDORID: 'V-0003',
			APPYMTDETAILS: { APPYMTDETAIL: [{ RECORDKEY: '77', TRX_PAYMENTAMOUNT: '720.00' }] },
		});
	});

	it('routes unmapped Scoro codes to "Needs mapping": finance account, VAT code, accounting object, contact, receipt account', async () => {
		const cases: Array<[string, string, IDataObject, string, string]> = [
			['invoiceToArInvoice', 'accounts', view('invoices', 3), 'lines[1].account', '2'],
			['invoiceToArInvoice', 'taxCodes', view('invoices', 3), 'lines[1].taxRate', '1'],
			['invoiceToArInvoice', 'dimensions', view('invoices', 3), 'lines[1].accountingObject', '1'],
			['invoiceToArInvoice', 'customers', view('invoices', 3), 'company', '1'],
			['invoiceToArInvoice', 'dimensions', view('invoices', 3), 'lines[1].project', 'project:1'],
		];
		for (const [operation, table, record, field, value] of cases) {
			const t = scoroTables();
			t[table] = (t[table] as IDataObject[]).filter((r) => r.source !== value);
			const { needsMapping } = await runMapper('scoroToIntacct', operation, [record], t);
			expect(needsMapping[0]?.json).toMatchObject({ table, field, value, record: { system: 'scoro' } });
		}
		const t = scoroTables();
		t.paymentMethods = [];
		const receipt = render(SCORO_MODULES.receipts, store.get('receipts', '1')!, true) as IDataObject;
		const { needsMapping } = await runMapper('scoroToIntacct', 'receiptToPayment', [receipt], t);
		expect(needsMapping[0]!.json).toMatchObject({ table: 'paymentMethods', value: '1' });
	});
});

describe('Intacct → Scoro', () => {
	const apBill = {
		RECORDNO: '2',
		RECORDID: 'TC-2207',
		VENDORID: 'V-0002',
		DOCNUMBER: '',
		DESCRIPTION: 'Office cleaning February',
		STATE: 'Posted',
		WHENCREATED: '02/05/2025',
		WHENDUE: '02/20/2025',
		CURRENCY: 'GBP',
		INCLUSIVETAX: 'false',
		TRX_TOTALENTERED: '540.00',
		WHENMODIFIED: '02/05/2025 10:00:00',
		APBILLITEMS: {
			APBILLITEM: [
				{
					ACCOUNTNO: '6200',
					TRX_AMOUNT: '450.00',
					ENTRYDESCRIPTION: 'Cleaning',
					LOCATIONID: 'UK-LON',
					TAXENTRIES: { TAXENTRY: { DETAILID: 'UK Purchase Goods Standard Rate', TRX_TAX: '90.00' } },
				},
			],
		},
	};
	const back = (): IDataObject => ({
		accounts: [{ source: '6200', target: '4' }],
		taxCodes: [{ source: 'UK Purchase Goods Standard Rate', target: '1' }],
		dimensions: [{ source: 'UK-LON', target: '3' }],
		customers: [{ source: 'V-0002', target: '4' }],
		documentLinks: [{ source: '2', target: '11' }],
	});

	it('writes an Intacct AP bill as a Scoro bill request', async () => {
		const out = only(await runMapper('intacctToScoro', 'apBillToBill', [apBill], back()));
		expect(out.target).toBe('bills.modify');
		expect(out.scoroId).toBe('11');
		expect(out.record).toEqual({
			no: 'TC-2207',
			company_id: 4,
			date: '2025-02-05',
			deadline: '2025-02-20',
			currency: 'GBP',
			description: 'Office cleaning February',
			status: 'unpaid',
			lines: [
				{
					comment: 'Cleaning',
					price: 450,
					amount: 1,
					discount: 0,
					finance_account_id: 4,
					vat_code_id: 1,
					finance_object_id: 3,
				},
			],
		});
	});

	it('fails a bill whose lines and tax do not add up to its total', async () => {
		const { mapped } = await runMapper(
			'intacctToScoro',
			'apBillToBill',
			[{ ...apBill, TRX_TOTALENTERED: '541.00' }],
			back(),
			{},
			true,
		);
		expect(mapped[0]!.json.error).toMatch(
			/field TRX_TOTALENTERED: the lines and their tax add up to 540.00, not 541.00/,
		);
	});

	it('routes an Intacct account with no Scoro finance account to "Needs mapping"', async () => {
		const { needsMapping } = await runMapper('intacctToScoro', 'apBillToBill', [apBill], { ...back(), accounts: [] });
		expect(needsMapping[0]!.json).toMatchObject({
			table: 'accounts',
			value: '6200',
			record: { system: 'intacct', type: 'APBILL', id: '2' },
		});
	});

	it('writes an Intacct AR payment as a Scoro receipt on the linked invoices', async () => {
		const payment = {
			RECORDNO: '9001',
			CUSTOMERID: 'C-0202',
			PAYMENTMETHOD: 'EFT',
			FINANCIALENTITY: 'CHASE-USD',
			RECEIPTDATE: '10/10/2026',
			CURRENCY: 'USD',
			TRX_TOTALENTERED: '1000.00',
			STATE: 'Posted',
			WHENMODIFIED: '10/10/2026 15:00:00',
			ARPYMTDETAILS: { ARPYMTDETAIL: [{ RECORDKEY: '902', TRX_PAYMENTAMOUNT: '1000.00' }] },
		};
		const tablesBack = {
			paymentMethods: [{ source: '2', paymentMethod: 'EFT', bankAccountId: 'CHASE-USD' }],
			customers: [{ source: 'C-0202', target: '2' }],
			documentLinks: [{ source: '902', target: '2' }],
		};
		const out = only(await runMapper('intacctToScoro', 'arPaymentToReceipt', [payment], tablesBack));
		expect(out.target).toBe('receipts.modify');
		// The same shape as the Scoro sandbox's seeded receipt group 3 (USD 1000 on invoice 2).
		expect(out.record).toEqual({
			date: '2026-10-10',
			contact_id: 2,
			sum: 1000,
			currency: 'USD',
			sales_doc_type: 'invoices',
			receipt_account_id: 2,
			receipts: [{ invoice_id: 2, sum: 1000, date: '2026-10-10' }],
		});
		const { mapped } = await runMapper(
			'intacctToScoro',
			'arPaymentToReceipt',
			[{ ...payment, TRX_TOTALENTERED: '1200.00' }],
			tablesBack,
			{},
			true,
		);
		expect(mapped[0]!.json.error).toMatch(/add up to 1000.00 but the source total is 1200.00/);
	});

	it('writes an Intacct AP payment as a Scoro receipt of bills', async () => {
		const appymt = {
			RECORDNO: '9300',
			VENDORID: 'V-0003',
			PAYMENTMETHOD: 'EFT',
			FINANCIALENTITY: 'BARCLAYS-GBP',
			PAYMENTDATE: '09/30/2026',
			CURRENCY: 'GBP',
			TOTALENTERED: '720.00',
			STATE: 'Posted',
			WHENMODIFIED: '09/30/2026 15:00:00',
			APPYMTDETAILS: { APPYMTDETAIL: [{ RECORDKEY: '77', TRX_PAYMENTAMOUNT: '720.00' }] },
		};
		const t = {
			paymentMethods: [{ source: '1', paymentMethod: 'EFT', bankAccountId: 'BARCLAYS-GBP' }],
			customers: [{ source: 'V-0003', target: '3' }],
			documentLinks: [{ source: '77', target: '1' }],
		};
		const out = only(await runMapper('intacctToScoro', 'apPaymentToReceipt', [appymt], t));
		// The shape of the Scoro sandbox's seeded receipt group 2 (bill 1 of Initech, 720.00).
		expect(out.record).toEqual({
			date: '2026-09-30',
			contact_id: 3,
			sum: 720,
			currency: 'GBP',
			sales_doc_type: 'bills',
			receipt_account_id: 1,
			receipts: [{ invoice_id: 1, sum: 720, date: '2026-09-30' }],
		});
	});

	it('writes tax details, GL accounts and dimension values as Scoro master data', async () => {
		const vat = only(
			await runMapper(
				'intacctToScoro',
				'taxDetailToVatCode',
				[{ DETAILID: 'UK Sale Goods Standard Rate', DESCRIPTION: 'UK VAT 20% on sales', TAXTYPE: 'S', VALUE: '20' }],
				{},
			),
		);
		expect(vat.record).toEqual({
			vat_code: 'UK Sale Goods Standard Rate',
			percent: 20,
			vat_name: 'UK VAT 20% on sales',
			is_sales: true,
			is_purchases: false,
			is_active: true,
		});
		expect(vat.scoroId).toBeNull();
		const gl = only(
			await runMapper(
				'intacctToScoro',
				'glAccountToFinanceAccount',
				[
					{
						ACCOUNTNO: '6200',
						TITLE: 'Cleaning and Maintenance',
						ACCOUNTTYPE: 'incomestatement',
						NORMALBALANCE: 'debit',
					},
				],
				{},
			),
		);
		expect(gl.record).toEqual({
			account_symbol: '6200',
			name: 'Cleaning and Maintenance',
			is_active: true,
			is_sales_account: false,
			is_purchases_account: true,
		});
		const dim = only(
			await runMapper(
				'intacctToScoro',
				'dimensionToAccountingObject',
				[{ DEPARTMENTID: 'FAC', TITLE: 'Facilities', PARENTID: 'OPS' }],
				{},
				{ dimension: 'DEPARTMENT', groupName: 'Department' },
			),
		);
		expect(dim.record).toEqual({ object_symbol: 'FAC', name: 'Facilities', parent_group_name: 'Department' });
	});
});
