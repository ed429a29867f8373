/**
 * The Sage Intacct node as an installed community package in real n8n (`n8n execute`) against the
 * sandbox: create a vendor, a bill for it with a tax entry, pay the bill, then query the vendor's
 * bills with Any Object; the sandbox's final state is asserted.
 */
import type { Sandbox } from '../../../sandbox/server';
import { intacctCredentialData } from '../../helpers/intacct';
import { useE2eEnvironment } from '../../helpers/e2e';
import { nodeOutput, type N8nInstance, type WorkflowJson } from '../../helpers/n8n';

const TYPE = 'n8n-nodes-intacct-sync.sageIntacct';
const credentials = { sageIntacctApi: { id: 'intacctRefE2eCred', name: 'Intacct sandbox' } };
let sandbox: Sandbox;
let n8n: N8nInstance;

const node = (n: number, name: string, parameters: Record<string, unknown>) => ({
	id: `b1b2c3d4-0000-4000-8000-00000000000${n}`,
	name,
	type: TYPE,
	typeVersion: 1,
	position: [200 * n, 0],
	parameters,
	credentials,
});

const workflow: WorkflowJson = {
	id: 'intacctRefE2e0001',
	name: 'Intacct e2e: vendor, bill, payment, query',
	nodes: [
		{
			id: 'b1b2c3d4-0000-4000-8000-000000000000',
			name: 'Manual',
			type: 'n8n-nodes-base.manualTrigger',
			typeVersion: 1,
			position: [0, 0],
			parameters: {},
		},
		node(1, 'Create Vendor', {
			resource: 'vendor',
			operation: 'create',
			name: 'E2E Supplies Ltd',
			idempotencyKey: 'e2e-vendor-1',
			additionalFields: { vendorId: 'V-E2E', currency: 'GBP', email: 'ap@e2e.example' },
		}),
		node(2, 'Create Bill', {
			resource: 'apBill',
			operation: 'create',
			vendorId: '={{ $json.VENDORID }}',
			billDate: '2026-11-10T00:00:00',
			idempotencyKey: 'e2e-bill-1',
			lines: {
				line: [
					{ accountNo: '6000', amount: 200, locationId: 'UK-LON', taxDetailId: 'UK Purchase Goods Standard Rate' },
				],
			},
			additionalFields: { dueDate: '2026-12-10T00:00:00', billNumber: 'E2E-1', currency: 'GBP' },
		}),
		node(3, 'Pay Bill', {
			resource: 'apPayment',
			operation: 'create',
			vendorId: 'V-E2E',
			paymentDate: '2026-11-20T00:00:00',
			currency: 'GBP',
			idempotencyKey: 'e2e-payment-1',
			lines: { line: [{ billRecordNo: '={{ $json.RECORDNO }}', amount: 100 }] },
			additionalFields: { bankAccountId: 'BARC-GBP', paymentMethod: 'EFT' },
		}),
		node(4, 'Query Bills', {
			resource: 'anyObject',
			operation: 'query',
			object: 'APBILL',
			queryMode: 'builder',
			fields: 'RECORDID,STATE,TOTALDUE',
			conditions: { condition: [{ field: 'VENDORID', operator: 'equalto', value: 'V-E2E' }] },
			returnAll: true,
			options: { showPrivate: true },
		}),
	],
	connections: {
		Manual: { main: [[{ node: 'Create Vendor', type: 'main', index: 0 }]] },
		'Create Vendor': { main: [[{ node: 'Create Bill', type: 'main', index: 0 }]] },
		'Create Bill': { main: [[{ node: 'Pay Bill', type: 'main', index: 0 }]] },
		'Pay Bill': { main: [[{ node: 'Query Bills', type: 'main', index: 0 }]] },
	},
	settings: { executionOrder: 'v1' },
};

useE2eEnvironment(
	{
		credentials: (s) => [{ ...credentials.sageIntacctApi, type: 'sageIntacctApi', data: intacctCredentialData(s) }],
		workflows: [workflow],
		timeoutMs: 8 * 60_000,
	},
	(env) => ({ sandbox, n8n } = env),
);

describe('Sage Intacct node in real n8n', () => {
	it('vendor -> bill with tax -> payment -> query; running it again creates nothing new', async () => {
		const run = await n8n.executeWorkflow(workflow.id!);
		expect(run.errorMessage).toBeUndefined();
		expect(run.status).toBe('success');
		const store = sandbox.state.system('intacct')!.store;
		const vendor = store.find('VENDOR', (r) => r.fields.VENDORID === 'V-E2E')!;
		expect(vendor.fields).toMatchObject({
			NAME: 'E2E Supplies Ltd',
			PRINTAS: 'E2E Supplies Ltd',
			EMAIL1: 'ap@e2e.example',
		});
		const bill = store.find('APBILL', (r) => r.fields.RECORDID === 'E2E-1')!;
		// 200 net + 20% VAT = 240, of which 100 paid.
		expect(bill.fields).toMatchObject({
			TOTALENTERED: '240.00',
			TOTALPAID: '100.00',
			TOTALDUE: '140.00',
			STATE: 'Partially Paid',
		});
		expect(nodeOutput(run, 'Query Bills')).toEqual([
			{ RECORDID: 'E2E-1', STATE: 'Partially Paid', TOTALDUE: '140.00' },
		]);

		// Same idempotency keys: every write is a confirmed replay, the books are unchanged.
		const again = await n8n.executeWorkflow(workflow.id!);
		expect(again.status).toBe('success');
		expect(nodeOutput(again, 'Create Bill')[0]._intacct).toMatchObject({ replay: true, found: true });
		expect(store.list('APBILL').filter((b) => b.fields.RECORDID === 'E2E-1')).toHaveLength(1);
		expect(store.list('APPYMT')).toHaveLength(1);
		expect(store.find('APBILL', (r) => r.fields.RECORDID === 'E2E-1')!.fields.TOTALPAID).toBe('100.00');
	});
});
