/**
 * A refund of a credit, as the OfficeRnD → Intacct credit notes template records it: AR Adjustment
 * > Create a debit memo, then AR Payment > Create with one detail that applies a credit memo to that
 * debit memo (POSADJKEY + ADJUSTMENTKEY, no cash). Run by n8n's engine against the sandbox; the
 * request is checked against api.xsd.
 */
import type { IDataObject } from 'n8n-workflow';
import { normalizePayment } from '../../../nodes/SageIntacct/actions/arPayment/create.operation';
import type { XmlNode } from '../../../nodes/SageIntacct/transport/xml';
import { startSandbox, type Sandbox } from '../../../sandbox/server';
import { connectChain, MANUAL_TRIGGER, runWorkflow } from '../../helpers/engine';
import { INTACCT_NODE_TYPE, intacctEngineOptions } from '../../helpers/intacct';
import { validateIntacctRequest } from '../../helpers/xsd';

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

async function run(parameters: IDataObject, items: IDataObject[] = [{}], continueOnFail = false) {
	return await runWorkflow({
		workflow: {
			nodes: [
				{ name: 'Start', type: MANUAL_TRIGGER },
				{
					name: 'Intacct',
					type: INTACCT_NODE_TYPE,
					parameters: { idempotencyKey: '', ...parameters },
					...(continueOnFail ? { onError: 'continueRegularOutput' as const } : {}),
				},
			],
			connections: connectChain('Start', 'Intacct'),
			pinData: { Start: items.map((json) => ({ json })) },
		},
		...intacctEngineOptions(sandbox),
	});
}

async function memo(memoType: 'credit' | 'debit', amount: number, account: string): Promise<string> {
	const r = await run({
		resource: 'arAdjustment',
		operation: 'create',
		recordSource: 'fields',
		memoType,
		customerId: 'C-0001',
		dateCreated: '2026-11-05T00:00:00',
		lines: { line: [{ glaccountno: account, amount, locationid: 'US', memo: `${memoType} ${amount}` }] },
	});
	expect(r.status).toBe('success');
	return String(r.nodeOutput('Intacct')[0].RECORDNO);
}

describe('AR Payment > Create: a credit memo applied to a debit memo (refund of a credit)', () => {
	it('from fields: the debit memo is settled by the credit memo, no cash is posted, and what is left of the credit stays open', async () => {
		const credit = await memo('credit', 60, '4000');
		const debit = await memo('debit', 25, '1200');
		expect(fields('ARADJUSTMENT', debit)).toMatchObject({ ADJUSTMENTTYPE: 'Debit Memo', TRX_TOTALDUE: '25.00' });
		const r = await run({
			resource: 'arPayment',
			operation: 'create',
			recordSource: 'fields',
			customerId: 'C-0001',
			paymentMethod: 'Cash',
			receiptDate: '2026-11-20T00:00:00',
			currency: 'USD',
			depositTo: 'UNDEPOSITEDACCOUNTNO',
			depositAccount: '1200',
			applications: {
				detail: [
					{
						targetType: 'POSADJKEY',
						targetKey: debit,
						amount: 0,
						creditType: 'ADJUSTMENTKEY',
						creditKey: credit,
						creditAmount: 25,
					},
				],
			},
		});
		expect(r.status).toBe('success');
		const payment = String(r.nodeOutput('Intacct')[0].RECORDNO);
		expect(fields('ARPYMT', payment)).toMatchObject({ TRX_TOTALENTERED: '0.00', STATE: 'Posted' });
		expect(fields('ARADJUSTMENT', debit)).toMatchObject({
			TRX_TOTALPAID: '25.00',
			TRX_TOTALDUE: '0.00',
			STATE: 'Paid',
		});
		expect(fields('ARADJUSTMENT', credit)).toMatchObject({ TRX_TOTALDUE: '-35.00' });
		const details = store()
			.list('ARPYMTDETAIL')
			.filter((d) => String(d.fields.PAYMENTKEY) === payment)
			.map((d) => d.fields);
		expect(details).toHaveLength(1);
		expect(details[0]).toMatchObject({ POSADJKEY: debit, ADJUSTMENTKEY: credit, TRX_ADJUSTMENTAMOUNT: '25.00' });
		expect(details[0]!.TRX_PAYMENTAMOUNT ?? '').toBe('');
	});

	it("from a whole record (the mapper's shape plus the template's method): XSD-valid, applied once per idempotency key", async () => {
		const credit = await memo('credit', 60, '4000');
		const debit = await memo('debit', 60, '1200');
		const record = {
			PAYMENTMETHOD: 'Cash',
			UNDEPOSITEDACCOUNTNO: '1200',
			CUSTOMERID: 'C-0001',
			RECEIPTDATE: '11/21/2026',
			PAYMENTDATE: '11/21/2026',
			CURRENCY: 'USD',
			DESCRIPTION: 'Refund R-1: credit CM applied to its debit memo',
			ARPYMTDETAILS: { ARPYMTDETAIL: [{ POSADJKEY: debit, ADJUSTMENTKEY: credit, TRX_ADJUSTMENTAMOUNT: '60.00' }] },
		};
		const xsd = await validateIntacctRequest([
			{ controlId: 'refund', body: { create: { ARPYMT: normalizePayment(record) as XmlNode } } },
		]);
		expect(xsd.errors).toEqual([]);
		const params = {
			resource: 'arPayment',
			operation: 'create',
			recordSource: 'json',
			record: '={{ $json }}',
			idempotencyKey: 'officernd:charge.r1.application:v1',
		};
		const first = await run(params, [record]);
		expect(first.status).toBe('success');
		expect(fields('ARADJUSTMENT', debit)).toMatchObject({ TRX_TOTALDUE: '0.00', STATE: 'Paid' });
		expect(fields('ARADJUSTMENT', credit)).toMatchObject({ TRX_TOTALDUE: '0.00', STATE: 'Paid' });
		const count = store().list('ARPYMT').length;
		const replay = await run(params, [record]);
		expect(replay.status).toBe('success');
		expect((replay.nodeOutput('Intacct')[0]._intacct as IDataObject).replay).toBe(true);
		expect(store().list('ARPYMT').length).toBe(count);
	});

	it("applying more credit than the debit memo owes, or a debit memo as the credit, fails the item with Intacct's message", async () => {
		const credit = await memo('credit', 60, '4000');
		const debit = await memo('debit', 25, '1200');
		const base = {
			PAYMENTMETHOD: 'Cash',
			UNDEPOSITEDACCOUNTNO: '1200',
			CUSTOMERID: 'C-0001',
			RECEIPTDATE: '11/21/2026',
			CURRENCY: 'USD',
		};
		const r = await run(
			{ resource: 'arPayment', operation: 'create', recordSource: 'json', record: '={{ $json }}' },
			[
				{
					...base,
					ARPYMTDETAILS: { ARPYMTDETAIL: [{ POSADJKEY: debit, ADJUSTMENTKEY: credit, TRX_ADJUSTMENTAMOUNT: '30.00' }] },
				},
				{
					...base,
					ARPYMTDETAILS: { ARPYMTDETAIL: [{ POSADJKEY: debit, ADJUSTMENTKEY: debit, TRX_ADJUSTMENTAMOUNT: '5.00' }] },
				},
			],
			true,
		);
		const out = r.nodeOutput('Intacct');
		expect(JSON.stringify(out[0])).toMatch(/exceeds its amount due/);
		expect(JSON.stringify(out[1])).toMatch(/is not a credit memo/);
		expect(fields('ARADJUSTMENT', debit)).toMatchObject({ TRX_TOTALDUE: '25.00' });
		expect(fields('ARADJUSTMENT', credit)).toMatchObject({ TRX_TOTALDUE: '-60.00' });
	});
});
