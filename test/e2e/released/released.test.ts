/**
 * Re-Leased in real n8n (the built package installed as a community package) against the sandbox:
 * an invoice created with status Awaiting Approval, and the polling trigger picking up a change
 * in a started n8n with the workflow published.
 */
import type { Sandbox } from '../../../sandbox/server';
import { SANDBOX_API_TOKEN } from '../../../sandbox/released';
import { useE2eEnvironment } from '../../helpers/e2e';
import { nodeOutput, type N8nInstance, type WorkflowJson } from '../../helpers/n8n';

const PKG = 'n8n-nodes-intacct-sync';
const CREDENTIAL = { reLeasedApi: { id: 'e2eReLeased0001', name: 'Re-Leased (e2e sandbox)' } };

const createInvoice: WorkflowJson = {
	id: 'rlE2eInvoiceAA01',
	name: 'Re-Leased e2e: create invoice awaiting approval',
	nodes: [
		{
			id: 'b7c1d0e2-0001-4a11-9c01-000000000001',
			name: 'Manual',
			type: 'n8n-nodes-base.manualTrigger',
			typeVersion: 1,
			position: [0, 0],
			parameters: {},
		},
		{
			id: 'b7c1d0e2-0001-4a11-9c01-000000000002',
			name: 'Create Invoice',
			type: `${PKG}.reLeased`,
			typeVersion: 1,
			position: [220, 0],
			credentials: CREDENTIAL,
			parameters: {
				resource: 'invoice',
				operation: 'create',
				type: 'Income',
				status: 'AwaitingApproval',
				contactId: 'con_2',
				issueDate: '2024-07-01T00:00:00',
				dueDate: '2024-07-20T00:00:00',
				lines: {
					line: [
						{
							description: 'July rent',
							amountExclTax: 2500,
							accountCode: '200',
							taxType: 'GST on Income',
							taxAmount: '',
							trackingOption: '88 Harbour Rd',
						},
						{
							description: 'Outgoings',
							amountExclTax: 310.55,
							accountCode: '210',
							taxType: 'GST on Income',
							taxAmount: '',
							trackingOption: '88 Harbour Rd',
						},
					],
				},
				additionalFields: { reference: 'e2e July', propertyId: 'prop_2', tenancyId: 'ten_2' },
			},
		},
	],
	connections: { Manual: { main: [[{ node: 'Create Invoice', type: 'main', index: 0 }]] } },
	settings: { executionOrder: 'v1' },
};

const pollInvoices: WorkflowJson = {
	id: 'rlE2ePollInvoic1',
	name: 'Re-Leased e2e: poll invoices, record what was seen',
	nodes: [
		{
			id: 'b7c1d0e2-0002-4a11-9c01-000000000001',
			name: 'Invoice Changed',
			type: `${PKG}.reLeasedTrigger`,
			typeVersion: 1,
			position: [0, 0],
			credentials: CREDENTIAL,
			parameters: {
				pollTimes: { item: [{ mode: 'everyMinute' }] },
				recordType: 'invoice',
				event: 'changed',
				options: {},
			},
		},
		{
			id: 'b7c1d0e2-0002-4a11-9c01-000000000002',
			name: 'Record Seen',
			type: `${PKG}.reLeased`,
			typeVersion: 1,
			position: [220, 0],
			credentials: CREDENTIAL,
			// What the trigger emitted becomes a contact in the sandbox, where the test can see it.
			parameters: {
				resource: 'contact',
				operation: 'create',
				name: '=Seen {{ $json.invoiceNumber }}: {{ $json.reference }}',
				additionalFields: {},
			},
		},
	],
	connections: { 'Invoice Changed': { main: [[{ node: 'Record Seen', type: 'main', index: 0 }]] } },
	settings: { executionOrder: 'v1' },
};

let sandbox: Sandbox;
let n8n: N8nInstance;
const store = () => sandbox.state.system('released')!.store;

useE2eEnvironment(
	{
		credentials: (s) => [
			{
				id: CREDENTIAL.reLeasedApi.id,
				name: CREDENTIAL.reLeasedApi.name,
				type: 'reLeasedApi',
				data: {
					baseUrl: s.systemUrl('released'),
					apiToken: SANDBOX_API_TOKEN,
					headerName: 'Authorization',
					headerValuePrefix: 'Bearer ',
				},
			},
		],
		workflows: [createInvoice, pollInvoices],
	},
	(env) => ({ sandbox, n8n } = env),
);

it('creates an invoice with status Awaiting Approval', async () => {
	const before = store().count('invoice');
	const run = await n8n.executeWorkflow(createInvoice.id!);
	expect(run.errorMessage).toBeUndefined();
	expect(run.status).toBe('success');
	const [out] = nodeOutput(run, 'Create Invoice');
	expect(store().count('invoice')).toBe(before + 1);
	const stored = store().get('invoice', String(out.id))!;
	expect(stored.fields).toMatchObject({
		type: 'Income',
		status: 'AwaitingApproval',
		contactId: 'con_2',
		propertyId: 'prop_2',
		tenancyId: 'ten_2',
		issueDate: '2024-07-01',
		dueDate: '2024-07-20',
		reference: 'e2e July',
		// (2500 + 310.55) * 1.15, tax computed by Re-Leased from the tax type, rounded per line.
		totalTax: 421.58,
		total: 3232.13,
	});
	expect(out.status).toBe('AwaitingApproval');
});

it('the polling trigger picks up a change made after activation, and only that change', async () => {
	const server = await n8n.startN8n({ publish: [pollInvoices.id!] });
	const polls = () =>
		sandbox.state.log.list({ system: 'released' }).filter((e) => e.method === 'GET' && e.path.endsWith('/invoices'));
	try {
		// n8n reports ready before it has activated published workflows: wait for the activation
		// poll (it reads the cursor), so the change below happens after it.
		const deadlineActive = Date.now() + 60_000;
		while (Date.now() < deadlineActive && polls().length === 0) await new Promise((r) => setTimeout(r, 250));
		expect(polls().length).toBeGreaterThan(0);
		const reference = `Changed ${Date.now()}`;
		const res = await fetch(`${sandbox.systemUrl('released')}/invoices/inv_3`, {
			method: 'PATCH',
			headers: { Authorization: `Bearer ${SANDBOX_API_TOKEN}`, 'content-type': 'application/json' },
			body: JSON.stringify({ reference }),
		});
		expect(res.status).toBe(200);
		const wanted = `Seen INV-1003: ${reference}`;
		const deadline = Date.now() + 150_000;
		while (Date.now() < deadline && !store().find('contact', (c) => c.fields.name === wanted)) {
			await new Promise((r) => setTimeout(r, 1000));
		}
		const seen = store()
			.list('contact')
			.filter((c) => String(c.fields.name).startsWith('Seen '));
		if (seen.length !== 1) {
			// Diagnostics for a failure: what n8n asked the sandbox, and what n8n logged.
			console.log(
				sandbox.state.log.list({ system: 'released' }).map((e) => `${e.time} ${e.method} ${e.path} ${e.status}`),
			);
			console.log(server.output().slice(-4000));
		}
		// Only the changed invoice: nothing older than activation was emitted.
		expect(seen.map((c) => c.fields.name)).toEqual([wanted]);
		// The trigger asked with the contract's modified-since filter.
		expect(polls().length).toBeGreaterThanOrEqual(2);
	} finally {
		await server.stop();
	}
});
