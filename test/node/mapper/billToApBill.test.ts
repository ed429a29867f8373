/**
 * The Accounting Mapper's AP bill (Scoro Bill → AP Bill, Re-Leased expense invoice → AP Bill) fed,
 * as shipped, into the Sage Intacct node's AP Bill > Create with Record Source "Whole Record From
 * Input", both run by n8n's own engine against the sandbox. Assertions read the sandbox's stored
 * bills and lines (not the nodes' echo), so the test fails as soon as the mapper's record and the
 * operation's accepted shape disagree again (the mapper used to write legacy create_bill).
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';
import { AccountingMapper } from '../../../nodes/AccountingMapper/AccountingMapper.node';
import { toApi } from '../../../sandbox/released/model';
import { render } from '../../../sandbox/scoro/api';
import { SCORO_MODULES } from '../../../sandbox/scoro/modules';
import { startSandbox, type Sandbox } from '../../../sandbox/server';
import { MANUAL_TRIGGER, runWorkflow, type RunWorkflowResult, type TestNode } from '../../helpers/engine';
import { INTACCT_NODE_TYPE, intacctEngineOptions } from '../../helpers/intacct';

const MAPPER = 'n8n-nodes-intacct-sync.accountingMapper';
type Rec = Record<string, any>;

// The first run loads n8n's engine and node types: seconds on a busy machine.
jest.setTimeout(60_000);

let sandbox: Sandbox;
beforeAll(async () => {
	sandbox = await startSandbox({ port: 0 });
});
afterAll(async () => {
	await sandbox.close();
});
beforeEach(() => sandbox.reset());

const intacct = () => sandbox.state.system('intacct')!.store;
const scoroBill = (id: number): IDataObject =>
	render(SCORO_MODULES.bills, sandbox.state.system('scoro')!.store.get('bills', String(id))!, true) as IDataObject;
const billsOf = (vendor: string, number: string) =>
	intacct()
		.list('APBILL')
		.filter((b) => b.fields.VENDORID === vendor && b.fields.RECORDID === number);
const linesOf = (recordNo: string): Rec[] =>
	intacct()
		.list('APBILLITEM')
		.filter((l) => String(l.fields.RECORDKEY) === recordNo)
		.map((l) => l.fields as Rec);
/** A line's tax entries as stored: one object or a list, possibly JSON text. */
const taxOf = (line: Rec): Rec[] => {
	const te =
		typeof line.TAXENTRIES === 'string' ? (JSON.parse(line.TAXENTRIES) as Rec) : (line.TAXENTRIES as Rec | undefined);
	return te ? ([] as Rec[]).concat(te.TAXENTRY ?? []) : [];
};

/** Scoro (sandbox) → Intacct (sandbox, UK entity, VAT with tax entries). */
function scoroTables(settings: IDataObject = {}): IDataObject {
	return {
		mappingSource: 'ui',
		mappingTables: {
			accounts: [
				{ source: '3', glAccount: '5000' },
				{ source: '4', glAccount: '6100' },
			],
			taxCodes: [
				{ source: '1', taxDetailId: 'UK Purchase Goods Standard Rate', taxGlAccount: '2310' },
				{ source: '3', taxDetailId: 'UK Purchase Exempt', taxGlAccount: '2310' },
			],
			dimensions: [
				{ source: 'sandbox', entity: 'UK', locationId: 'UK-LON' },
				{ source: '2', departmentId: 'FAC' },
				{ source: '3', locationId: 'UK-MAN' },
				{ source: 'project:2', projectId: 'P-0002' },
				{ source: 'project:3', projectId: 'P-0003' },
			],
			customers: [
				{ source: '3', target: 'V-0001' },
				{ source: '4', target: 'V-0002' },
			],
		},
		mappingSettings: {
			customerIdStrategy: 'table',
			baseCurrency: 'GBP',
			currencyPolicy: 'rateType',
			defaultAction: 'Submit',
			taxHandling: 'taxEntries',
			taxSolutionId: 'United Kingdom - VAT',
			memoTemplate: '{description}',
			...settings,
		},
	};
}

async function mapAndCreate(
	resource: string,
	operation: string,
	mapping: IDataObject,
	items: IDataObject[],
	write: IDataObject = { resource: 'apBill' },
): Promise<RunWorkflowResult> {
	const options = intacctEngineOptions(sandbox);
	const nodes: TestNode[] = [
		{ name: 'Start', type: MANUAL_TRIGGER },
		{ name: 'Mapper', type: MAPPER, parameters: { resource, operation, ...mapping } as INodeParameters },
		{
			name: 'Create AP Bill',
			type: INTACCT_NODE_TYPE,
			// As the templates set it: the whole record, the mapper's key and entity.
			parameters: {
				...write,
				operation: 'create',
				recordSource: 'json',
				record: '={{ $json.record }}',
				idempotencyKey: '={{ $json.idempotencyKey }}',
				writeOptions: { entity: '={{ $json.entity ?? "" }}' },
			},
			onError: 'continueErrorOutput',
		},
		{ name: 'Needs Mapping', type: 'n8n-nodes-base.noOp' },
	];
	return await runWorkflow({
		workflow: {
			nodes,
			connections: {
				Start: { main: [[{ node: 'Mapper', type: 'main', index: 0 }]] },
				Mapper: {
					main: [
						[{ node: 'Create AP Bill', type: 'main', index: 0 }],
						[{ node: 'Needs Mapping', type: 'main', index: 0 }],
					],
				},
			},
			pinData: { Start: items.map((json) => ({ json })) },
		},
		startNode: 'Start',
		...options,
		nodeTypes: { ...options.nodeTypes, [MAPPER]: new AccountingMapper() },
	});
}

function expectAllCreated(r: RunWorkflowResult, count: number) {
	if (r.status !== 'success') throw new Error(`run failed: ${r.error?.message}`);
	const failed = r.nodeOutput('Create AP Bill', 1);
	expect(failed).toEqual([]);
	expect(r.nodeOutput('Create AP Bill', 0)).toHaveLength(count);
}

describe('Scoro Bill → AP Bill → Sage Intacct AP Bill > Create', () => {
	it('lands every Scoro bill in Intacct with its lines, net amounts, tax entries, dimensions, vendor, currency and entity', async () => {
		const bills = [1, 2, 3, 4].map(scoroBill);
		const r = await mapAndCreate('scoroToIntacct', 'billToApBill', scoroTables(), bills);
		expectAllCreated(r, bills.length);
		const VENDOR: Rec = { '3': 'V-0001', '4': 'V-0002' };
		const GL: Rec = { '3': '5000', '4': '6100' };
		const TAX: Rec = { '1': 'UK Purchase Goods Standard Rate', '3': 'UK Purchase Exempt' };
		for (const bill of bills as Rec[]) {
			const found = billsOf(VENDOR[String(bill.company_id)], String(bill.no));
			expect(found).toHaveLength(1);
			const stored = found[0]!;
			expect(stored.fields).toMatchObject({
				MEGAENTITYID: 'UK',
				STATE: 'Posted',
				CURRENCY: 'GBP',
				DOCNUMBER: bill.reference_no,
				DESCRIPTION: bill.description,
				WHENCREATED: bill.date.replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$2/$3/$1'),
				WHENDUE: bill.deadline.replace(/^(\d{4})-(\d{2})-(\d{2})$/, '$2/$3/$1'),
				TAXSOLUTIONID: 'United Kingdom - VAT',
			});
			// Intacct's total is the lines plus their tax entries: Scoro's sum + vat_sum, to the penny.
			expect(Number(stored.fields.TRX_TOTALENTERED)).toBeCloseTo(Number(bill.sum) + Number(bill.vat_sum), 2);
			const lines = linesOf(stored.id);
			// One Intacct line per Scoro line (tax rides on the line, not as a separate GL line).
			expect(lines).toHaveLength(bill.lines.length);
			(bill.lines as Rec[]).forEach((l, n) => {
				const line = lines[n]!;
				expect(line.ACCOUNTNO).toBe(GL[String(l.finance_account_id)]);
				expect(line.TRX_AMOUNT).toBe(Number(l.sum).toFixed(2));
				expect(line.ENTRYDESCRIPTION).toBe(l.comment);
				// Accounting object 3 overrides the business entity's location; object 2 adds a department.
				expect(line.LOCATIONID).toBe(String(l.finance_object_id) === '3' ? 'UK-MAN' : 'UK-LON');
				expect(line.DEPARTMENTID ?? undefined).toBe(String(l.finance_object_id) === '2' ? 'FAC' : undefined);
				expect(line.PROJECTID ?? undefined).toBe(l.project_id ? `P-000${l.project_id}` : undefined);
				// Every line carries its tax detail, a zero-rated one with 0.00 tax.
				const tax = taxOf(line);
				expect(tax.map((t) => t.DETAILID)).toEqual([TAX[String(l.vat_code_id)]]);
				if (!Number(l.vat)) expect(tax[0]!.TRX_TAX).toBe('0.00');
			});
			// The tax entries carry Scoro's VAT (rounded once on the document) exactly.
			const vat = lines.flatMap(taxOf).reduce((s, t) => s + Number(t.TRX_TAX), 0);
			expect(vat.toFixed(2)).toBe(Number(bill.vat_sum).toFixed(2));
		}
	});

	it('a second run with the same idempotency keys creates nothing new', async () => {
		const bills = [1, 2].map(scoroBill);
		expectAllCreated(await mapAndCreate('scoroToIntacct', 'billToApBill', scoroTables(), bills), 2);
		const count = [intacct().list('APBILL').length, intacct().list('APBILLITEM').length];
		const again = await mapAndCreate('scoroToIntacct', 'billToApBill', scoroTables(), bills);
		expectAllCreated(again, 2);
		expect(again.nodeOutput('Create AP Bill').map((o) => (o._intacct as Rec).replay)).toEqual([true, true]);
		expect([intacct().list('APBILL').length, intacct().list('APBILLITEM').length]).toEqual(count);
	});

	it('tax as GL lines, a draft without due date, and a foreign currency at the rate type land as well', async () => {
		const bill = { ...scoroBill(2), currency: 'USD', currency_rate: 1.27, deadline: null };
		const r = await mapAndCreate(
			'scoroToIntacct',
			'billToApBill',
			scoroTables({ taxHandling: 'taxLines', defaultAction: 'Draft' }),
			[bill],
		);
		expectAllCreated(r, 1);
		const [stored] = billsOf('V-0002', 'UMB-0777');
		expect(stored!.fields).toMatchObject({
			STATE: 'Draft',
			CURRENCY: 'USD',
			BASECURR: 'GBP',
			EXCH_RATE_TYPE_ID: 'Intacct Daily Rate',
		});
		expect(stored!.fields.WHENDUE ?? '').toBe('');
		expect(linesOf(stored!.id).map((l) => [l.ACCOUNTNO, l.TRX_AMOUNT, taxOf(l).length])).toEqual([
			['5000', '120.00', 0],
			['2310', '24.00', 0],
		]);
	});
});

describe('Scoro credit bill → AP Adjustment → Sage Intacct AP Adjustment > Create', () => {
	it('lands a negative Scoro bill as a debit memo with negative lines and tax entries, not as a bill', async () => {
		const bill = scoroBill(2);
		const credit = {
			...bill,
			no: 'UMB-0777-CR',
			sum: -Number(bill.sum),
			vat_sum: -Number(bill.vat_sum),
			lines: (bill.lines as Rec[]).map((l) => ({ ...l, amount: -Number(l.amount), sum: -Number(l.sum) })),
		};
		// The mapper's target decides the operation (template 15 routes on it the same way).
		const r = await mapAndCreate('scoroToIntacct', 'billToApBill', scoroTables(), [credit], {
			resource: 'apAdjustment',
			sendTaxEntries: true,
		});
		expectAllCreated(r, 1);
		const found = intacct()
			.list('APADJUSTMENT')
			.filter((a) => a.fields.VENDORID === 'V-0002' && a.fields.RECORDID === 'UMB-0777-CR');
		expect(found).toHaveLength(1);
		expect(found[0]!.fields).toMatchObject({
			ADJUSTMENTTYPE: 'Debit Memo',
			STATE: 'Posted',
			MEGAENTITYID: 'UK',
			TRX_TOTALENTERED: '-144.00',
			TAXSOLUTIONID: 'United Kingdom - VAT',
		});
		const lines = intacct()
			.list('APADJUSTMENTITEM')
			.filter((l) => String(l.fields.RECORDKEY) === found[0]!.id)
			.map((l) => l.fields as Rec);
		expect(lines.map((l) => [l.ACCOUNTNO, l.TRX_AMOUNT, l.LOCATIONID, JSON.parse(String(l.TAXENTRIES))])).toEqual([
			['5000', '-120.00', 'UK-MAN', [{ detailid: 'UK Purchase Goods Standard Rate', trx_tax: '-24.00' }]],
		]);
		expect(billsOf('V-0002', 'UMB-0777-CR')).toEqual([]);
	});
});

describe('Re-Leased expense invoice → AP Bill → Sage Intacct AP Bill > Create', () => {
	it('lands the approved expense invoice as a posted Intacct bill with its line, tax line and location', async () => {
		const invoice = toApi(sandbox.state.system('released')!.store.get('invoice', 'inv_7')!) as unknown as IDataObject;
		// The mapping rows of workflows/released-intacct/invoices.json (one currency: policy "none").
		const r = await mapAndCreate(
			'reLeasedToIntacct',
			'invoiceToArInvoiceOrApBill',
			{
				mappingSource: 'ui',
				mappingTables: {
					customers: [{ source: 'con_4', target: 'V-0001' }],
					accounts: [{ source: '400', glAccount: '6200' }],
					taxCodes: [{ source: 'GST on Expenses', taxGlAccount: '2310' }],
					dimensions: [{ source: '12 Queen St', locationId: 'US-NYC' }],
				},
				mappingSettings: { customerIdStrategy: 'table', currencyPolicy: 'none' },
			},
			[invoice],
		);
		expectAllCreated(r, 1);
		const [stored] = billsOf('V-0001', 'BILL-2001');
		expect(stored!.fields).toMatchObject({ STATE: 'Posted', CURRENCY: 'USD', TRX_TOTALENTERED: '736.00' });
		expect(linesOf(stored!.id).map((l) => [l.ACCOUNTNO, l.TRX_AMOUNT, l.LOCATIONID])).toEqual([
			['6200', '640.00', 'US-NYC'],
			['2310', '96.00', 'US-NYC'],
		]);
	});
});
