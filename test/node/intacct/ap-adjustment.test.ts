/**
 * AP Adjustment (Create, Get, Get Many, Delete) run by n8n's own engine against the sandbox;
 * assertions read the sandbox's records. Signs: a debit memo (vendor credit) is negative.
 */
import type { IDataObject } from 'n8n-workflow';
import { startSandbox, type Sandbox } from '../../../sandbox/server';
import { connectChain, MANUAL_TRIGGER, runWorkflow } from '../../helpers/engine';
import { INTACCT_NODE_TYPE, intacctEngineOptions } from '../../helpers/intacct';

// The first engine run of a file can take seconds on the shared machine: more than jest's 5 s default.
jest.setTimeout(60_000);

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
const linesOf = (id: string) =>
	store()
		.list('APADJUSTMENTITEM')
		.filter((l) => String(l.fields.RECORDKEY) === id)
		.map((l) => l.fields as IDataObject);

async function run(parameters: IDataObject, items: IDataObject[] = [{}], opts: { continueOnFail?: boolean } = {}) {
	return await runWorkflow({
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
			pinData: { Start: items.map((json) => ({ json })) },
		},
		...intacctEngineOptions(sandbox),
	});
}
const out = (r: Awaited<ReturnType<typeof run>>) => r.nodeOutput('Intacct');

const line = (amount: number, account = '5000', extra: IDataObject = {}) => ({
	glaccountno: account,
	amount,
	locationid: 'US',
	memo: `line ${amount}`,
	...extra,
});
const memoParams = (extra: IDataObject = {}, more: IDataObject = {}) => ({
	resource: 'apAdjustment',
	operation: 'create',
	recordSource: 'fields',
	vendorId: 'V-0001',
	dateCreated: '2026-11-05T00:00:00',
	lines: { line: [line(30), line(12.5, '5000', { departmentid: 'FAC' })] },
	additionalFields: { adjustmentno: 'VC-1', billno: 'B-100', description: 'Service credit', ...extra },
	...more,
});

describe('AP Adjustment (engine + sandbox)', () => {
	it('Create from fields: debit memo (the default) typed positive is stored negative, with lines, date and bill reference', async () => {
		const r = await run(memoParams());
		expect(r.status).toBe('success');
		const id = String(out(r)[0].RECORDNO);
		expect(fields('APADJUSTMENT', id)).toMatchObject({
			RECORDID: 'VC-1',
			VENDORID: 'V-0001',
			VENDORNAME: 'Northwind Facilities',
			DOCNUMBER: 'B-100',
			DESCRIPTION: 'Service credit',
			ADJUSTMENTTYPE: 'Debit Memo',
			STATE: 'Posted',
			WHENCREATED: '11/05/2026',
			TRX_TOTALENTERED: '-42.50',
			TRX_TOTALDUE: '-42.50',
		});
		expect(linesOf(id).map((l) => [l.ACCOUNTNO, l.TRX_AMOUNT, l.LOCATIONID, l.DEPARTMENTID ?? ''])).toEqual([
			['5000', '-30.00', 'US', ''],
			['5000', '-12.50', 'US', 'FAC'],
		]);
	});

	it('Memo Type: Credit Memo sends positive lines, As Entered keeps the typed sign; Draft state', async () => {
		const credit = await run(memoParams({ adjustmentno: 'CR-1', action: 'Draft' }, { memoType: 'credit' }));
		expect(fields('APADJUSTMENT', String(out(credit)[0].RECORDNO))).toMatchObject({
			ADJUSTMENTTYPE: 'Credit Memo',
			TRX_TOTALENTERED: '42.50',
			STATE: 'Draft',
		});
		const asEntered = await run(
			memoParams({ adjustmentno: 'AE-1' }, { memoType: 'asEntered', lines: { line: [line(-20), line(5)] } }),
		);
		expect(fields('APADJUSTMENT', String(out(asEntered)[0].RECORDNO))).toMatchObject({
			ADJUSTMENTTYPE: 'Debit Memo',
			TRX_TOTALENTERED: '-15.00',
		});
	});

	it('Create from a whole record (the Accounting Mapper shape); a bad vendor fails only its own item, paired', async () => {
		const record = (vendorid: string, no: string) => ({
			vendorid,
			datecreated: { year: '2026', month: '11', day: '07' },
			adjustmentno: no,
			action: 'Submit',
			externalid: `rl-${no}`,
			apadjustmentitems: { lineitem: [{ glaccountno: '5000', amount: '-99.99', memo: 'Credit', locationid: 'US' }] },
		});
		const r = await run(
			{ resource: 'apAdjustment', operation: 'create', recordSource: 'json', record: '={{ $json.record }}' },
			[{ record: record('V-0003', 'VC-7') }, { record: record('V-9999', 'VC-8') }],
			{
				continueOnFail: true,
			},
		);
		const items = r.nodeItems('Intacct');
		expect(items.map((i) => (i.pairedItem as { item: number }).item)).toEqual([0, 1]);
		expect(fields('APADJUSTMENT', String(items[0].json.RECORDNO))).toMatchObject({
			RECORDID: 'VC-7',
			EXTERNALID: 'rl-VC-7',
			TRX_TOTALENTERED: '-99.99',
			VENDORID: 'V-0003',
		});
		expect(String(items[1].json.error)).toMatch(/V-9999/);
		expect(store().count('APADJUSTMENT')).toBe(1);
	});

	it('Create twice with the same Idempotency Key creates one adjustment; the repeat is a confirmed replay found by its number', async () => {
		const params = { ...memoParams(), idempotencyKey: 'released-cn-9-v1' };
		const first = await run(params);
		const second = await run(params);
		expect(out(first)[0]._intacct).toEqual({ controlId: 'released-cn-9-v1', replay: false });
		expect(out(second)[0]._intacct).toEqual({ controlId: 'released-cn-9-v1', replay: true, found: true });
		expect(out(second)[0].RECORDNO).toBe(out(first)[0].RECORDNO);
		expect(store().count('APADJUSTMENT')).toBe(1);
	});

	it('a replay without an adjustment number is confirmed by the external ID', async () => {
		const params = { ...memoParams({ adjustmentno: '', externalid: 'rl-cn-42' }), idempotencyKey: 'released-cn-42-v1' };
		const first = await run(params);
		const second = await run(params);
		expect(out(second)[0]).toMatchObject({
			RECORDNO: out(first)[0].RECORDNO,
			EXTERNALID: 'rl-cn-42',
			_intacct: { replay: true, found: true },
		});
		expect(store().count('APADJUSTMENT')).toBe(1);
	});

	it('Get (lines nested), Get Many with filters, Delete', async () => {
		const a = String(out(await run(memoParams()))[0].RECORDNO);
		await run(memoParams({ adjustmentno: 'VC-2' }, { vendorId: 'V-0003' }));
		const g = await run({ resource: 'apAdjustment', operation: 'get', recordNo: a });
		const got = out(g)[0];
		expect(got).toMatchObject({ RECORDNO: a, RECORDID: 'VC-1', VENDORID: 'V-0001', TRX_TOTALENTERED: '-42.50' });
		expect((got.APADJUSTMENTITEMS as IDataObject[]).map((l) => l.TRX_AMOUNT)).toEqual(['-30.00', '-12.50']);
		const all = await run({
			resource: 'apAdjustment',
			operation: 'getAll',
			returnAll: true,
			filters: { vendorId: 'V-0003' },
		});
		expect(out(all).map((x) => x.RECORDID)).toEqual(['VC-2']);
		const limited = await run({ resource: 'apAdjustment', operation: 'getAll', returnAll: false, limit: 1 });
		expect(out(limited)).toHaveLength(1);
		const d = await run({ resource: 'apAdjustment', operation: 'delete', recordSource: 'fields', recordNo: a });
		expect(out(d)[0].deleted).toBe(true);
		expect(fields('APADJUSTMENT', a)).toBeUndefined();
		expect(linesOf(a)).toEqual([]);
		const missing = await run({ resource: 'apAdjustment', operation: 'get', recordNo: a }, [{}], {
			continueOnFail: true,
		});
		expect(String(missing.nodeItems('Intacct')[0].json.error)).toMatch(new RegExp(a));
	});

	it('tax entries are refused unless Send Tax Entries is on, then stored on the line', async () => {
		const taxed = {
			lines: { line: [line(100, '5000', { taxDetailId: 'UK Purchase Goods Standard Rate', taxAmount: '20' })] },
		};
		const refused = await run(memoParams({}, taxed), [{}], { continueOnFail: true });
		expect(String(refused.nodeItems('Intacct')[0].json.error)).toMatch(/Send Tax Entries/);
		expect(store().count('APADJUSTMENT')).toBe(0);
		const r = await run(memoParams({ taxsolutionid: 'United Kingdom - VAT' }, { ...taxed, sendTaxEntries: true }));
		const id = String(out(r)[0].RECORDNO);
		expect(fields('APADJUSTMENT', id)).toMatchObject({
			TRX_TOTALENTERED: '-120.00',
			TAXSOLUTIONID: 'United Kingdom - VAT',
		});
	});

	it('a debit memo is applied to a bill as credit by a credit-only AP Payment: the bill and the memo both go down, partly; over-applying and deleting an applied memo are refused', async () => {
		// Seeded bill NWF-1001 (RECORDNO 1) of V-0001: 1200.00 due.
		const memo = String(out(await run(memoParams()))[0].RECORDNO);
		const apply = (amount: number, key = memo) => ({
			resource: 'apPayment',
			operation: 'create',
			recordSource: 'fields',
			vendorId: 'V-0001',
			paymentDate: '2026-11-10T00:00:00',
			currency: 'USD',
			lines: { line: [{ billRecordNo: '1', debitMemoRecordNo: key, debitMemoAmount: amount }] },
		});
		const r = await run(apply(30));
		expect(r.status).toBe('success');
		expect(fields('APBILL', '1')).toMatchObject({ TOTALPAID: '30.00', TOTALDUE: '1170.00', STATE: 'Partially Paid' });
		expect(fields('APADJUSTMENT', memo)).toMatchObject({
			TRX_TOTALENTERED: '-42.50',
			TRX_TOTALPAID: '-30.00',
			TRX_TOTALDUE: '-12.50',
			STATE: 'Partially Paid',
		});
		const detail = store()
			.list('APPYMTDETAIL')
			.find((d) => String(d.fields.ADJUSTMENTKEY) === memo)!.fields;
		expect(detail).toMatchObject({ RECORDKEY: '1', TRX_ADJUSTMENTAMOUNT: '30.00' });
		// 12.50 of credit is left: 20.00 is refused and changes nothing.
		const over = await run(apply(20), [{}], { continueOnFail: true });
		expect(String(over.nodeItems('Intacct')[0].json.error)).toMatch(/exceeds the credit left on AP adjustment/);
		expect(fields('APBILL', '1')!.TOTALDUE).toBe('1170.00');
		const rest = await run(apply(12.5));
		expect(rest.status).toBe('success');
		expect(fields('APADJUSTMENT', memo)).toMatchObject({ TRX_TOTALDUE: '0.00', STATE: 'Paid' });
		expect(fields('APBILL', '1')!.TOTALDUE).toBe('1157.50');
		const del = await run(
			{ resource: 'apAdjustment', operation: 'delete', recordSource: 'fields', recordNo: memo },
			[{}],
			{ continueOnFail: true },
		);
		expect(String(del.nodeItems('Intacct')[0].json.error)).toMatch(/has been applied and cannot be deleted/);
		// A credit memo (adds to what is owed) is not credit to apply.
		const credit = String(out(await run(memoParams({ adjustmentno: 'CR-9' }, { memoType: 'credit' })))[0].RECORDNO);
		const wrong = await run(apply(5, credit), [{}], { continueOnFail: true });
		expect(String(wrong.nodeItems('Intacct')[0].json.error)).toMatch(/only debit memos are applied/);
	});
});
