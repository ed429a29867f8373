/**
 * Receivables in real n8n (the built package loaded as a community package, `n8n execute`) against
 * the sandbox: create an invoice, receive a payment applied to it, create a credit memo and apply
 * it. The sandbox's final state is asserted record by record; running the workflow a second time
 * (same idempotency keys) creates and changes nothing.
 */
import type { IDataObject } from 'n8n-workflow';
import { startSandbox, type Sandbox } from '../../../sandbox/server';
import { intacctCredentialData } from '../../helpers/intacct';
import { cleanup, nodeOutput, prepareN8n, type N8nInstance, type WorkflowJson } from '../../helpers/n8n';

const PKG = 'n8n-nodes-intacct-sync';
const credentials = { sageIntacctApi: { id: 'intacctArE2eCred1', name: 'Intacct sandbox (AR e2e)' } };
let sandbox: Sandbox;
let n8n: N8nInstance;

const node = (n: number, name: string, parameters: IDataObject) => ({
	id: `b7c1d2e3-0000-4000-8000-00000000000${n}`,
	name,
	type: `${PKG}.sageIntacct`,
	typeVersion: 1,
	position: [n * 220, 0] as [number, number],
	parameters,
	credentials,
});

const workflow: WorkflowJson = {
	id: 'intacctArE2eFlow1',
	name: 'Intacct AR e2e: invoice, payment, credit memo',
	nodes: [
		{
			id: 'b7c1d2e3-0000-4000-8000-000000000000',
			name: 'Manual',
			type: 'n8n-nodes-base.manualTrigger',
			typeVersion: 1,
			position: [0, 0],
			parameters: {},
		},
		node(1, 'Create Invoice', {
			resource: 'arInvoice',
			operation: 'create',
			recordSource: 'fields',
			customerId: 'C-0001',
			dateCreated: '2026-11-01T00:00:00',
			lines: {
				line: [
					{ glaccountno: '4000', amount: 100, memo: 'Hot desk November', locationid: 'US' },
					{ glaccountno: '4010', amount: 50, memo: 'Meeting room', locationid: 'US' },
				],
			},
			additionalFields: {
				invoiceno: 'E2E-INV-1',
				datedue: '2026-12-01T00:00:00',
				description: 'OfficeRnD invoice 8841',
			},
			idempotencyKey: 'e2e-officernd-inv-8841-v1',
		}),
		node(2, 'Receive Payment', {
			resource: 'arPayment',
			operation: 'create',
			recordSource: 'fields',
			customerId: 'C-0001',
			paymentMethod: 'EFT',
			receiptDate: '2026-11-10T00:00:00',
			currency: 'USD',
			depositTo: 'FINANCIALENTITY',
			depositAccount: 'BOA-OPS',
			applications: {
				detail: [{ targetType: 'RECORDKEY', targetKey: "={{ $('Create Invoice').item.json.RECORDNO }}", amount: 60 }],
			},
			additionalFields: { DOCNUMBER: 'E2E-EFT-1' },
			idempotencyKey: 'e2e-officernd-pay-77-v1',
		}),
		node(3, 'Credit Memo', {
			resource: 'arAdjustment',
			operation: 'create',
			recordSource: 'fields',
			memoType: 'credit',
			customerId: 'C-0001',
			dateCreated: '2026-11-12T00:00:00',
			lines: { line: [{ glaccountno: '4900', amount: 30, memo: 'Goodwill credit', locationid: 'US' }] },
			additionalFields: { adjustmentno: 'E2E-CM-1', invoiceno: 'E2E-INV-1' },
			idempotencyKey: 'e2e-officernd-cn-12-v1',
		}),
		node(4, 'Apply Credit', {
			resource: 'arPayment',
			operation: 'create',
			recordSource: 'fields',
			customerId: 'C-0001',
			paymentMethod: 'EFT',
			receiptDate: '2026-11-12T00:00:00',
			currency: 'USD',
			depositTo: 'FINANCIALENTITY',
			depositAccount: 'BOA-OPS',
			applications: {
				detail: [
					{
						targetType: 'RECORDKEY',
						targetKey: "={{ $('Create Invoice').item.json.RECORDNO }}",
						amount: 0,
						creditType: 'ADJUSTMENTKEY',
						creditKey: '={{ $json.RECORDNO }}',
						creditAmount: 30,
					},
				],
			},
			additionalFields: { DOCNUMBER: 'E2E-APPLY-1' },
			idempotencyKey: 'e2e-officernd-apply-12-v1',
		}),
	],
	connections: {
		Manual: { main: [[{ node: 'Create Invoice', type: 'main', index: 0 }]] },
		'Create Invoice': { main: [[{ node: 'Receive Payment', type: 'main', index: 0 }]] },
		'Receive Payment': { main: [[{ node: 'Credit Memo', type: 'main', index: 0 }]] },
		'Credit Memo': { main: [[{ node: 'Apply Credit', type: 'main', index: 0 }]] },
	},
	settings: { executionOrder: 'v1' },
};

const AR = ['ARINVOICE', 'ARINVOICEITEM', 'ARADJUSTMENT', 'ARADJUSTMENTITEM', 'ARPYMT', 'ARPYMTDETAIL'];
function snapshot() {
	const store = sandbox.state.system('intacct')!.store;
	return Object.fromEntries(AR.map((c) => [c, store.list(c)]));
}

beforeAll(async () => {
	sandbox = await startSandbox({ port: 0 });
	n8n = await prepareN8n();
	await n8n.importCredentials([
		{ ...credentials.sageIntacctApi, type: 'sageIntacctApi', data: intacctCredentialData(sandbox) },
	]);
	await n8n.importWorkflow([workflow]);
}, 10 * 60_000);

afterAll(async () => {
	await cleanup();
	await sandbox?.close();
});

describe('Sage Intacct receivables in real n8n', () => {
	it(
		'creates the invoice, applies a payment and a credit memo; a second run creates nothing new',
		async () => {
			const run = await n8n.executeWorkflow(workflow.id!);
			expect(run.errorMessage).toBeUndefined();
			expect(run.status).toBe('success');
			const invoiceOut = nodeOutput(run, 'Create Invoice')[0];
			expect(invoiceOut).toMatchObject({
				RECORDNO: '1',
				_intacct: { controlId: 'e2e-officernd-inv-8841-v1', replay: false },
			});
			expect(nodeOutput(run, 'Apply Credit')[0]).toMatchObject({ RECORDNO: '2', _intacct: { replay: false } });

			const store = sandbox.state.system('intacct')!.store;
			const f = (c: string, id: string) => store.get(c, id)!.fields;
			// The invoice: 150 entered, 60 cash + 30 credit paid, 60 due.
			expect(store.count('ARINVOICE')).toBe(1);
			expect(f('ARINVOICE', '1')).toMatchObject({
				RECORDID: 'E2E-INV-1',
				CUSTOMERID: 'C-0001',
				DESCRIPTION: 'OfficeRnD invoice 8841',
				MODULEKEY: '4.AR',
				STATE: 'Partially Paid',
				WHENDUE: '12/01/2026',
				CURRENCY: 'USD',
				TRX_TOTALENTERED: '150.00',
				TRX_TOTALPAID: '90.00',
				TRX_TOTALDUE: '60.00',
			});
			// Lines paid by the waterfall method: the first line first.
			expect(
				store
					.list('ARINVOICEITEM')
					.map((l) => [l.fields.ACCOUNTNO, l.fields.TRX_AMOUNT, l.fields.TRX_TOTALPAID, l.fields.TRX_TOTALDUE]),
			).toEqual([
				['4000', '100.00', '90.00', '10.00'],
				['4010', '50.00', '0.00', '50.00'],
			]);
			// The credit memo: fully applied.
			expect(store.count('ARADJUSTMENT')).toBe(1);
			expect(f('ARADJUSTMENT', '1')).toMatchObject({
				RECORDID: 'E2E-CM-1',
				ADJUSTMENTTYPE: 'Credit Memo',
				TRX_TOTALENTERED: '-30.00',
				TRX_TOTALDUE: '0.00',
				STATE: 'Paid',
			});
			expect(store.list('ARADJUSTMENTITEM').map((l) => [l.fields.ACCOUNTNO, l.fields.TRX_AMOUNT])).toEqual([
				['4900', '-30.00'],
			]);
			// The two payments: 60 cash, then a credit-only application.
			expect(store.count('ARPYMT')).toBe(2);
			expect(f('ARPYMT', '1')).toMatchObject({
				DOCNUMBER: 'E2E-EFT-1',
				PAYMENTMETHOD: 'EFT',
				FINANCIALENTITY: 'BOA-OPS',
				RECEIPTDATE: '11/10/2026',
				TRX_TOTALENTERED: '60.00',
				STATE: 'Posted',
			});
			expect(f('ARPYMT', '2')).toMatchObject({ DOCNUMBER: 'E2E-APPLY-1', TRX_TOTALENTERED: '0.00', STATE: 'Posted' });
			expect(
				store
					.list('ARPYMTDETAIL')
					.map((d) => [
						d.fields.PAYMENTKEY,
						d.fields.RECORDKEY,
						d.fields.TRX_PAYMENTAMOUNT ?? '',
						d.fields.ADJUSTMENTKEY ?? '',
						d.fields.TRX_ADJUSTMENTAMOUNT ?? '',
					]),
			).toEqual([
				['1', '1', '60.00', '', ''],
				['2', '1', '', '1', '30.00'],
			]);

			// Run it again: every write repeats its controlid under uniqueid=true, so nothing runs twice.
			const before = snapshot();
			const again = await n8n.executeWorkflow(workflow.id!);
			expect(again.status).toBe('success');
			for (const name of ['Create Invoice', 'Receive Payment', 'Credit Memo', 'Apply Credit']) {
				expect(nodeOutput(again, name)[0]._intacct).toMatchObject({ replay: true, found: true });
			}
			expect(nodeOutput(again, 'Create Invoice')[0]).toMatchObject({ RECORDNO: '1', RECORDID: 'E2E-INV-1' });
			expect(snapshot()).toEqual(before);
		},
		8 * 60_000,
	);
});
