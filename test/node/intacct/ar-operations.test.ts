/**
 * Every receivables operation (AR Invoice, AR Adjustment, AR Payment, AR Advance, Order Entry
 * Transaction) run by n8n's own engine against the sandbox; assertions read the sandbox's records.
 */
import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import { startSandbox, type Sandbox } from '../../../sandbox/server';
import { connectChain, MANUAL_TRIGGER, runWorkflow } from '../../helpers/engine';
import { INTACCT_NODE_TYPE, intacctEngineOptions } from '../../helpers/intacct';

let sandbox: Sandbox;
beforeAll(async () => {
	sandbox = await startSandbox({ port: 0 });
});
afterAll(async () => {
	await sandbox.close();
});
beforeEach(() => sandbox.reset());

const store = () => sandbox.state.system('intacct')!.store;
const fields = (collection: string, id: string) => store().get(collection, id)?.fields as IDataObject | undefined;

async function run(parameters: IDataObject, items: IDataObject[] = [{}], opts: { continueOnFail?: boolean } = {}) {
	const result = await runWorkflow({
		workflow: {
			nodes: [
				{ name: 'Start', type: MANUAL_TRIGGER },
				{
					name: 'Intacct',
					type: INTACCT_NODE_TYPE,
					parameters: { idempotencyKey: '', ...parameters },
					...(opts.continueOnFail ? { onError: 'continueRegularOutput' as const } : {}),
				},
			],
			connections: connectChain('Start', 'Intacct'),
			// The manual trigger emits one empty item; pinned data gives the node its input items.
			pinData: { Start: items.map((json) => ({ json })) },
		},
		...intacctEngineOptions(sandbox),
	});
	return result;
}
const out = (r: Awaited<ReturnType<typeof run>>) => r.nodeOutput('Intacct');

const line = (amount: number, account = '4000', extra: IDataObject = {}) => ({
	glaccountno: account,
	amount,
	locationid: 'US',
	memo: `line ${amount}`,
	...extra,
});
const invoiceParams = (extra: IDataObject = {}, lines = [line(100), line(50, '4010')]) => ({
	resource: 'arInvoice',
	operation: 'create',
	recordSource: 'fields',
	customerId: 'C-0001',
	dateCreated: '2026-11-01T00:00:00',
	lines: { line: lines },
	additionalFields: { datedue: '2026-12-01T00:00:00', ...extra },
});
async function createInvoice(extra: IDataObject = {}, lines?: IDataObject[]): Promise<string> {
	const r = await run(invoiceParams(extra, lines as never));
	expect(r.status).toBe('success');
	return String(out(r)[0].RECORDNO);
}

describe('AR Invoice (engine + sandbox)', () => {
	it('Create from fields: currency and rate type, Draft, our number; a bad item becomes its own paired error', async () => {
		const r = await run(
			{
				...invoiceParams({
					invoiceno: '={{ $json.no }}',
					currency: 'GBP',
					exchratetype: 'Intacct Daily Rate',
					action: 'Draft',
				}),
				customerId: '={{ $json.customer }}',
			},
			[
				{ no: 'INV-A1', customer: 'C-0001' },
				{ no: 'INV-A2', customer: 'C-9999' },
			],
			{ continueOnFail: true },
		);
		const items = r.nodeItems('Intacct');
		expect(items.map((i) => (i.pairedItem as { item: number }).item)).toEqual([0, 1]);
		expect(items[0].json.RECORDNO).toBe('1');
		// n8n keeps the shaped error on the item (json.error is its message); Intacct's errorno is in its context.
		expect((items[1].error as unknown as { context: IDataObject }).context.errorCode).toBe('SANDBOX-INVALID-REFERENCE');
		expect(String(items[1].json.error)).toMatch(/C-9999/);
		expect(fields('ARINVOICE', '1')).toMatchObject({
			RECORDID: 'INV-A1',
			STATE: 'Draft',
			CURRENCY: 'GBP',
			EXCH_RATE_TYPE_ID: 'Intacct Daily Rate',
			TRX_TOTALENTERED: '150.00',
		});
		expect(store().count('ARINVOICE')).toBe(1);
	});

	it('Create with Intacct numbering, and from a whole record with tax entries only when allowed', async () => {
		const auto = await createInvoice();
		expect(fields('ARINVOICE', auto)!.RECORDID).toMatch(/^INV-\d{5}$/);
		const record = {
			customerid: 'C-0002',
			datecreated: '2026-11-02',
			termname: 'Net 15',
			taxsolutionid: 'United Kingdom - VAT',
			invoiceitems: {
				lineitem: [
					{
						glaccountno: '4100',
						amount: 200,
						locationid: 'UK',
						taxentries: { taxentry: [{ detailid: 'UK Sale Goods Standard Rate', trx_tax: 40 }] },
					},
				],
			},
		};
		const params = { resource: 'arInvoice', operation: 'create', recordSource: 'json', record: '={{ $json.record }}' };
		const refused = await run(params, [{ record }], { continueOnFail: true });
		expect(String(out(refused)[0].error)).toMatch(/taxsolutionid.*outside Sage's 2019 XML schema.*Send Tax Entries/);
		const sent = await run({ ...params, sendTaxEntries: true }, [{ record }]);
		const recordNo = String(out(sent)[0].RECORDNO);
		expect(fields('ARINVOICE', recordNo)).toMatchObject({
			TAXSOLUTIONID: 'United Kingdom - VAT',
			TRX_TOTALENTERED: '240.00',
			CUSTOMERID: 'C-0002',
		});
	});

	it('Create twice with the same Idempotency Key creates one invoice; the repeat is a confirmed replay', async () => {
		const params = { ...invoiceParams({ invoiceno: 'INV-IDEM' }), idempotencyKey: 'officernd-inv-1-v1' };
		const first = await run(params);
		const second = await run(params);
		expect(out(first)[0]._intacct).toEqual({ controlId: 'officernd-inv-1-v1', replay: false });
		expect(out(second)[0]._intacct).toEqual({ controlId: 'officernd-inv-1-v1', replay: true, found: true });
		expect(out(second)[0].RECORDNO).toBe(out(first)[0].RECORDNO);
		expect(store().count('ARINVOICE')).toBe(1);
	});

	it('a response lost after the invoice was committed is retried, not re-executed, and answered by a confirmed replay', async () => {
		const res = await fetch(`${sandbox.url}/__admin/faults`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ system: 'intacct', match: 'create_invoice', type: 'dropAfterCommit', count: 1 }),
		});
		expect(res.status).toBe(201);
		const r = await run({ ...invoiceParams({ invoiceno: 'INV-LOST' }), idempotencyKey: 'lost-response-1' });
		expect(out(r)[0]).toMatchObject({
			RECORDNO: '1',
			RECORDID: 'INV-LOST',
			_intacct: { controlId: 'lost-response-1', replay: true, found: true },
		});
		expect(store().count('ARINVOICE')).toBe(1);
	});

	it('many items go out in pipelined batches, stay in order and paired, and one bad item fails alone', async () => {
		const items = Array.from({ length: 430 }, (_v, n) => ({
			no: `INV-M${n}`,
			customer: n === 217 ? 'C-9999' : 'C-0002',
		}));
		const r = await run(
			{
				...invoiceParams({ invoiceno: '={{ $json.no }}' }),
				customerId: '={{ $json.customer }}',
				idempotencyKey: '={{ "many-" + $json.no }}',
			},
			items,
			{ continueOnFail: true },
		);
		const outItems = r.nodeItems('Intacct');
		expect(outItems.map((i) => (i.pairedItem as { item: number }).item)).toEqual(items.map((_v, n) => n));
		expect(outItems.filter((i) => i.json.error).map((i) => (i.pairedItem as { item: number }).item)).toEqual([217]);
		expect(fields('ARINVOICE', String(outItems[218].json.RECORDNO))!.RECORDID).toBe('INV-M218');
		expect(store().count('ARINVOICE')).toBe(429);
		expect(fields('ARINVOICE', String(outItems[429].json.RECORDNO))!.RECORDID).toBe('INV-M429');
		// 430 items at the default Batch Size 50: 9 write requests (plus the session).
		const log = (await (await fetch(`${sandbox.url}/__admin/requests?system=intacct`)).json()) as Array<{
			operation: string;
		}>;
		expect(log.filter((l) => l.operation.startsWith('create_invoice'))).toHaveLength(9);
		// Two requests in flight from the start share one getAPISession.
		expect(log.filter((l) => l.operation === 'getAPISession')).toHaveLength(1);
	});

	it('Preview Only outputs the request without sending it or any secret', async () => {
		const r = await run({ ...invoiceParams(), writeOptions: { preview: true } });
		const preview = out(r)[0];
		expect(preview.preview).toBe(true);
		expect(String(preview.request)).toContain('<create_invoice><customerid>C-0001</customerid>');
		expect(String(preview.request)).not.toContain('sandbox-sender-pass');
		expect(store().count('ARINVOICE')).toBe(0);
	});

	it('Update changes the header, a line by number and adds a line', async () => {
		const id = await createInvoice();
		const r = await run({
			resource: 'arInvoice',
			operation: 'update',
			recordSource: 'fields',
			recordNo: id,
			updateFields: { description: 'Changed', datedue: '2026-12-15T00:00:00' },
			changedLines: { line: [{ line_num: 2, amount: '70' }] },
			addedLines: { line: [line(5, '4100')] },
		});
		expect(out(r)[0]).toMatchObject({ RECORDNO: id, updated: true });
		expect(fields('ARINVOICE', id)).toMatchObject({
			DESCRIPTION: 'Changed',
			WHENDUE: '12/15/2026',
			TRX_TOTALENTERED: '175.00',
		});
	});

	it('Create or Update (upsert) looks up by invoice number, then updates one and creates the other', async () => {
		const existing = await createInvoice({ invoiceno: 'INV-UP1' });
		const r = await run(
			{
				...invoiceParams({ invoiceno: '={{ $json.no }}', description: '={{ $json.d }}' }),
				operation: 'upsert',
				matchOn: 'invoiceno',
			},
			[
				{ no: 'INV-UP1', d: 'now updated' },
				{ no: 'INV-UP2', d: 'new' },
			],
		);
		expect(out(r).map((o) => [o.RECORDNO, o.upsert])).toEqual([
			[existing, 'updated'],
			['2', 'created'],
		]);
		expect(fields('ARINVOICE', existing)!.DESCRIPTION).toBe('now updated');
		expect(fields('ARINVOICE', '2')).toMatchObject({ RECORDID: 'INV-UP2', DESCRIPTION: 'new' });
		expect(store().count('ARINVOICE')).toBe(2);
	});

	it('Reverse, Delete, Get and Get Many', async () => {
		const a = await createInvoice();
		// A different record: an identical one, written again without an Idempotency Key, is recognised
		// as the same write (derived control ID) and not created twice.
		const b = await createInvoice({ description: 'second' });
		const so = await run({
			resource: 'orderEntryTransaction',
			operation: 'create',
			recordSource: 'fields',
			transactionType: 'Sales Invoice',
			customerId: 'C-0003',
			dateCreated: '2026-11-03T00:00:00',
			items: { item: [{ itemid: 'MEET-HR', quantity: 3, locationid: 'US' }] },
			additionalFields: { termname: 'Net 30' },
		});
		expect(out(so)[0].DOCID).toBe('Sales Invoice-INV0001');
		const rev = await run({
			resource: 'arInvoice',
			operation: 'reverse',
			recordSource: 'fields',
			recordNo: a,
			dateReversed: '2026-11-30T00:00:00',
			reversalDescription: 'wrong customer',
		});
		expect(out(rev)[0]).toMatchObject({ RECORDNO: a, reversed: true });
		expect(fields('ARINVOICE', a)!.STATE).toBe('Reversed');
		const del = await run({ resource: 'arInvoice', operation: 'delete', recordSource: 'fields', recordNo: b });
		expect(out(del)[0]).toMatchObject({ RECORDNO: b, deleted: true });
		expect(fields('ARINVOICE', b)).toBeUndefined();

		const get = await run({ resource: 'arInvoice', operation: 'get', recordNo: a });
		expect(out(get)[0]).toMatchObject({ RECORDNO: a, STATE: 'Reversed' });
		expect((out(get)[0].ARINVOICEITEMS as IDataObject[]).map((l) => l.TRX_AMOUNT)).toEqual(['100.00', '50.00']);
		const missing = await run({ resource: 'arInvoice', operation: 'get', recordNo: '999' }, [{}], {
			continueOnFail: true,
		});
		expect(String(out(missing)[0].error)).toMatch(/No ARINVOICE with RECORDNO 999/);

		const fromSo = await run({
			resource: 'arInvoice',
			operation: 'getAll',
			returnAll: true,
			filters: { moduleKey: '8.SO' },
		});
		expect(out(fromSo).map((i) => [i.CUSTOMERID, i.MODULEKEY, i.TRX_TOTALENTERED])).toEqual([
			['C-0003', '8.SO', '135.00'],
		]);
		const byState = await run({
			resource: 'arInvoice',
			operation: 'getAll',
			returnAll: true,
			filters: { state: 'Reversed', customerId: 'C-0001' },
			options: { fields: 'RECORDNO,STATE' },
		});
		expect(out(byState)).toEqual([{ RECORDNO: a, STATE: 'Reversed' }]);
		const limited = await run({ resource: 'arInvoice', operation: 'getAll', returnAll: false, limit: 1 });
		expect(out(limited)).toHaveLength(1);
	});

	it('Get PDF puts the PDF into a binary property', async () => {
		const id = await createInvoice({ invoiceno: 'INV-PDF-1' });
		const r = await run({ resource: 'arInvoice', operation: 'getPdf', recordNo: id, binaryPropertyName: 'invoicePdf' });
		const item = r.nodeItems('Intacct')[0] as INodeExecutionData;
		expect(item.json).toEqual({ RECORDNO: id, fileName: `invoice-${id}.pdf` });
		const binary = item.binary!.invoicePdf;
		expect(binary.mimeType).toBe('application/pdf');
		expect(binary.fileName).toBe(`invoice-${id}.pdf`);
		const pdf = Buffer.from(binary.data, 'base64').toString('latin1');
		expect(pdf.startsWith('%PDF-')).toBe(true);
		expect(pdf).toContain('INV-PDF-1');
	});
});

describe('AR Adjustment, AR Payment, AR Advance (engine + sandbox)', () => {
	const memoParams = (extra: IDataObject = {}) => ({
		resource: 'arAdjustment',
		operation: 'create',
		recordSource: 'fields',
		memoType: 'credit',
		customerId: 'C-0001',
		dateCreated: '2026-11-05T00:00:00',
		lines: { line: [line(30, '4900')] },
		additionalFields: { adjustmentno: 'CM-1', ...extra },
	});

	it('Adjustment: Create (credit memo typed positive), Update, Get, Get Many, Delete', async () => {
		const c = await run(memoParams());
		const id = String(out(c)[0].RECORDNO);
		expect(fields('ARADJUSTMENT', id)).toMatchObject({ ADJUSTMENTTYPE: 'Credit Memo', TRX_TOTALENTERED: '-30.00' });
		const debit = await run({ ...memoParams({ adjustmentno: 'DM-1' }), memoType: 'debit' });
		expect(fields('ARADJUSTMENT', String(out(debit)[0].RECORDNO))).toMatchObject({
			ADJUSTMENTTYPE: 'Debit Memo',
			TRX_TOTALENTERED: '30.00',
		});
		const u = await run({
			resource: 'arAdjustment',
			operation: 'update',
			recordSource: 'fields',
			recordNo: id,
			updateFields: { description: 'Goodwill' },
			changedLines: { line: [{ line_num: 1, amount: '-45' }] },
		});
		expect(out(u)[0]).toMatchObject({ RECORDNO: id, updated: true });
		expect(fields('ARADJUSTMENT', id)).toMatchObject({ DESCRIPTION: 'Goodwill', TRX_TOTALENTERED: '-45.00' });
		const g = await run({ resource: 'arAdjustment', operation: 'get', recordNo: id });
		expect((out(g)[0].ARADJUSTMENTITEMS as IDataObject[])[0]).toMatchObject({
			TRX_AMOUNT: '-45.00',
			ACCOUNTNO: '4900',
		});
		const all = await run({
			resource: 'arAdjustment',
			operation: 'getAll',
			returnAll: true,
			filters: { adjustmentNumber: 'DM-1' },
		});
		expect(out(all).map((a) => a.RECORDID)).toEqual(['DM-1']);
		const d = await run({ resource: 'arAdjustment', operation: 'delete', recordSource: 'fields', recordNo: id });
		expect(out(d)[0].deleted).toBe(true);
		expect(fields('ARADJUSTMENT', id)).toBeUndefined();
	});

	it('Payment: Create paying an invoice, applying a credit memo and an advance, with an overpayment; Get, Get Many, Reverse, Delete', async () => {
		const inv = await createInvoice({ invoiceno: 'INV-P1' });
		const memo = String(out(await run(memoParams()))[0].RECORDNO);
		const adv = await run({
			resource: 'arAdvance',
			operation: 'create',
			recordSource: 'fields',
			customerId: 'C-0001',
			paymentMethod: 'Cash',
			paymentDate: '2026-11-02T00:00:00',
			receiptDate: '2026-11-02T00:00:00',
			depositTo: 'UNDEPOSITEDACCOUNTNO',
			depositAccount: '1200',
			lines: { line: [{ ACCOUNTNO: '2400', TRX_AMOUNT: 20, LOCATIONID: 'US' }] },
			additionalFields: { DOCNUMBER: 'ADV-1' },
		});
		const advance = String(out(adv)[0].RECORDNO);
		expect(fields('ARADVANCE', advance)).toMatchObject({ TRX_TOTALDUE: '20.00', STATE: 'Posted' });
		const advGet = await run({ resource: 'arAdvance', operation: 'get', recordNo: advance });
		expect((out(advGet)[0].ARADVANCEITEMS as IDataObject[])[0]).toMatchObject({
			ACCOUNTNO: '2400',
			TRX_AMOUNT: '20.00',
		});
		const advAll = await run({
			resource: 'arAdvance',
			operation: 'getAll',
			returnAll: true,
			filters: { customerId: 'C-0001' },
		});
		expect(out(advAll).map((a) => a.RECORDNO)).toEqual([advance]);

		const pay = await run({
			resource: 'arPayment',
			operation: 'create',
			recordSource: 'fields',
			customerId: 'C-0001',
			paymentMethod: 'EFT',
			receiptDate: '2026-11-20T00:00:00',
			currency: 'USD',
			depositTo: 'FINANCIALENTITY',
			depositAccount: 'BOA-OPS',
			applications: {
				detail: [
					{
						targetType: 'RECORDKEY',
						targetKey: inv,
						amount: 90,
						creditType: 'ADJUSTMENTKEY',
						creditKey: memo,
						creditAmount: 30,
					},
					{
						targetType: 'RECORDKEY',
						targetKey: inv,
						amount: 0,
						creditType: 'ADVANCEKEY',
						creditKey: advance,
						creditAmount: 20,
					},
				],
			},
			additionalFields: { DOCNUMBER: 'CHK-1', OVERPAYMENTAMOUNT: 12.5, OVERPAYMENTLOCATIONID: 'US' },
		});
		const payment = String(out(pay)[0].RECORDNO);
		expect(fields('ARPYMT', payment)).toMatchObject({
			TRX_TOTALENTERED: '102.50',
			OVERPAYMENTAMOUNT: '12.50',
			STATE: 'Posted',
			RECEIPTDATE: '11/20/2026',
		});
		expect(fields('ARINVOICE', inv)).toMatchObject({
			TRX_TOTALPAID: '140.00',
			TRX_TOTALDUE: '10.00',
			STATE: 'Partially Paid',
		});
		expect(fields('ARADJUSTMENT', memo)).toMatchObject({ TRX_TOTALDUE: '0.00', STATE: 'Paid' });
		expect(fields('ARADVANCE', advance)).toMatchObject({ TRX_TOTALDUE: '0.00' });

		const get = await run({ resource: 'arPayment', operation: 'get', recordNo: payment });
		// One stored detail per application: cash 90, credit memo 30, advance 20.
		const details = out(get)[0].ARPYMTDETAILS as IDataObject[];
		expect(
			details.map((d) => [d.RECORDKEY, d.TRX_PAYMENTAMOUNT || d.TRX_ADJUSTMENTAMOUNT || d.TRX_POSTEDADVANCEAMOUNT]),
		).toEqual([
			[inv, '90.00'],
			[inv, '30.00'],
			[inv, '20.00'],
		]);
		const all = await run({
			resource: 'arPayment',
			operation: 'getAll',
			returnAll: true,
			filters: { documentNumber: 'CHK-1' },
		});
		expect(out(all).map((p) => p.RECORDNO)).toEqual([payment]);

		const rev = await run({
			resource: 'arPayment',
			operation: 'reverse',
			recordSource: 'fields',
			recordNo: payment,
			dateReversed: '2026-11-25T00:00:00',
		});
		expect(out(rev)[0].reversed).toBe(true);
		expect(fields('ARINVOICE', inv)).toMatchObject({ TRX_TOTALPAID: '0.00', TRX_TOTALDUE: '150.00', STATE: 'Posted' });
		expect(fields('ARADJUSTMENT', memo)!.TRX_TOTALDUE).toBe('-30.00');

		const second = await run(
			{
				resource: 'arPayment',
				operation: 'create',
				recordSource: 'json',
				record: '={{ $json }}',
			},
			[
				{
					CUSTOMERID: 'C-0001',
					PAYMENTMETHOD: 'Cash',
					RECEIPTDATE: '2026-11-26',
					CURRENCY: 'USD',
					UNDEPOSITEDACCOUNTNO: '1200',
					ARPYMTDETAILS: { ARPYMTDETAIL: [{ RECORDKEY: inv, TRX_PAYMENTAMOUNT: 10.004 }] },
				},
			],
		);
		const p2 = String(out(second)[0].RECORDNO);
		expect(fields('ARINVOICE', inv)!.TRX_TOTALDUE).toBe('140.00');
		const del = await run({ resource: 'arPayment', operation: 'delete', recordSource: 'fields', recordNo: p2 });
		expect(out(del)[0].deleted).toBe(true);
		expect(fields('ARINVOICE', inv)!.TRX_TOTALDUE).toBe('150.00');
		expect(fields('ARPYMT', p2)).toBeUndefined();
	});
});

describe('Order Entry Transaction (engine + sandbox)', () => {
	it('Create (our document number), Get with lines, Get Many by definition', async () => {
		const c = await run({
			resource: 'orderEntryTransaction',
			operation: 'create',
			recordSource: 'fields',
			transactionType: 'Sales Order',
			customerId: 'C-0007',
			dateCreated: '2026-11-04T00:00:00',
			items: {
				item: [
					{ itemid: 'OFFICE-PRIV', quantity: 1, price: '1750', locationid: 'US-NYC' },
					{ itemid: 'DESK-HOT', quantity: 2, locationid: 'US' },
				],
			},
			additionalFields: { documentno: 'SO-77', referenceno: 'PO-9' },
		});
		expect(out(c)[0]).toMatchObject({ DOCID: 'Sales Order-SO-77' });
		const doc = store().find('SODOCUMENT', (r) => r.fields.DOCID === 'Sales Order-SO-77')!;
		expect(doc.fields).toMatchObject({ TRX_TOTAL: '2250.00', PRRECORDKEY: '', STATE: 'Pending' });
		const g = await run({
			resource: 'orderEntryTransaction',
			operation: 'get',
			recordNo: doc.id,
			docparid: 'Sales Order',
		});
		expect((out(g)[0].SODOCUMENTENTRIES as IDataObject[]).map((l) => [l.LINE_NO, l.ITEMID])).toEqual([
			['0', 'OFFICE-PRIV'],
			['1', 'DESK-HOT'],
		]);
		const all = await run({
			resource: 'orderEntryTransaction',
			operation: 'getAll',
			returnAll: true,
			filters: { transactionType: 'Sales Order' },
		});
		expect(out(all).map((d) => d.DOCID)).toEqual(['Sales Order-SO-77']);
	});
});
