/**
 * Scoro in real n8n (the built package installed as a community package) against the sandbox:
 * a list that needs two pages, an invoice update with lines (add to current, replace all), the
 * trigger in webhook mode in a started n8n with the workflow published, the sandbox delivering, and
 * the trigger in polling mode on its schedule.
 */
import type { Sandbox } from '../../../sandbox/server';
import { SCORO_SANDBOX_CREDENTIALS, SCORO_SEED } from '../../../sandbox/scoro';
import { useE2eEnvironment } from '../../helpers/e2e';
import { nodeOutput, type N8nInstance, type WorkflowJson } from '../../helpers/n8n';

const PKG = 'n8n-nodes-intacct-sync';
const CREDENTIAL = { scoroApi: { id: 'e2eScoroCred0001', name: 'Scoro (e2e sandbox)' } };
const node = (
	n: number,
	name: string,
	type: string,
	parameters: Record<string, unknown>,
	extra: Record<string, unknown> = {},
) => ({
	id: `5c0a0e2e-0000-4000-8000-${String(n).padStart(12, '0')}`,
	name,
	type,
	typeVersion: 1,
	position: [n * 220, 0],
	parameters,
	...extra,
});
const manual = (n: number) => node(n, 'Manual', 'n8n-nodes-base.manualTrigger', {});

const listContacts: WorkflowJson = {
	id: 'scE2eListPaging1',
	name: 'Scoro e2e: list contacts across pages',
	nodes: [
		manual(100),
		node(
			101,
			'All Contacts',
			`${PKG}.scoro`,
			{ resource: 'contact', operation: 'getAll', returnAll: true, filters: {}, options: {} },
			{ credentials: CREDENTIAL },
		),
	],
	connections: { Manual: { main: [[{ node: 'All Contacts', type: 'main', index: 0 }]] } },
	settings: { executionOrder: 'v1' },
};

const line = (comment: string, price: number, amount: number) => ({
	comment,
	price,
	amount,
	finance_account_id: '2',
	vat_code_id: '1',
});
const modifyInvoice: WorkflowJson = {
	id: 'scE2eInvoiceLns1',
	name: 'Scoro e2e: invoice update with lines',
	nodes: [
		manual(200),
		node(
			201,
			'Add Line',
			`${PKG}.scoro`,
			{
				resource: 'invoice',
				operation: 'update',
				id: '3',
				inputMode: 'fields',
				fields: { description: 'Phase 1 + extra day' },
				linesMode: 'append',
				lines: { line: [line('Extra day', 150, 8)] },
			},
			{ credentials: CREDENTIAL },
		),
		node(
			202,
			'Replace Lines',
			`${PKG}.scoro`,
			{
				resource: 'invoice',
				operation: 'update',
				id: '5',
				inputMode: 'fields',
				fields: {},
				linesMode: 'replace',
				confirmReplace: true,
				lines: { line: [line('Design sprint (re-scoped)', 900, 3)] },
			},
			{ credentials: CREDENTIAL },
		),
	],
	connections: {
		Manual: { main: [[{ node: 'Add Line', type: 'main', index: 0 }]] },
		'Add Line': { main: [[{ node: 'Replace Lines', type: 'main', index: 0 }]] },
	},
	settings: { executionOrder: 'v1' },
};

const onInvoiceChange: WorkflowJson = {
	id: 'scE2eTriggerWh01',
	name: 'Scoro e2e: webhook trigger records what it saw',
	nodes: [
		node(
			300,
			'Invoice Changed',
			`${PKG}.scoroTrigger`,
			{
				mode: 'webhook',
				module: 'invoices',
				events: ['modify'],
				options: {},
				pollTimes: { item: [{ mode: 'everyHour', minute: 0 }] },
			},
			{
				credentials: CREDENTIAL,
				webhookId: '5c0a0e2e-0000-4000-8000-0000000000aa',
			},
		),
		// What the trigger emitted becomes a contact in the sandbox, where the test can see it.
		node(
			301,
			'Record Seen',
			`${PKG}.scoro`,
			{
				resource: 'contact',
				operation: 'create',
				inputMode: 'fields',
				fields: {
					name: '=Seen {{ $json.no }} {{ $json.scoroEvent.action }}: {{ $json.description }}',
					contact_type: 'company',
				},
			},
			{ credentials: CREDENTIAL },
		),
	],
	connections: { 'Invoice Changed': { main: [[{ node: 'Record Seen', type: 'main', index: 0 }]] } },
	settings: { executionOrder: 'v1' },
};

const onBillPolled: WorkflowJson = {
	id: 'scE2eTriggerPol1',
	name: 'Scoro e2e: polling trigger records what it saw',
	nodes: [
		node(
			400,
			'Bill Changed',
			`${PKG}.scoroTrigger`,
			{
				mode: 'polling',
				module: 'bills',
				pollEvent: 'changed',
				options: {},
				pollTimes: { item: [{ mode: 'everyMinute' }] },
			},
			{
				credentials: CREDENTIAL,
				webhookId: '5c0a0e2e-0000-4000-8000-0000000000bb',
			},
		),
		node(
			401,
			'Record Seen',
			`${PKG}.scoro`,
			{
				resource: 'contact',
				operation: 'create',
				inputMode: 'fields',
				fields: { name: '=Polled {{ $json.no }}: {{ $json.description }}', contact_type: 'company' },
			},
			{ credentials: CREDENTIAL },
		),
	],
	connections: { 'Bill Changed': { main: [[{ node: 'Record Seen', type: 'main', index: 0 }]] } },
	settings: { executionOrder: 'v1' },
};

let sandbox: Sandbox;
let n8n: N8nInstance;
const store = () => sandbox.state.system('scoro')!.store;
const admin = async (path: string, body?: unknown) =>
	(
		await fetch(
			`${sandbox.url}/__admin${path}`,
			body === undefined
				? {}
				: { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
		)
	).json();

useE2eEnvironment(
	{
		credentials: (s) => [
			{
				id: CREDENTIAL.scoroApi.id,
				name: CREDENTIAL.scoroApi.name,
				type: 'scoroApi',
				data: { siteUrl: s.systemUrl('scoro'), ...SCORO_SANDBOX_CREDENTIALS },
			},
		],
		workflows: [listContacts, modifyInvoice, onInvoiceChange, onBillPolled],
	},
	(env) => ({ sandbox, n8n } = env),
);

it('Contact > Get Many with Return All reads every page (100 per page, then the short page)', async () => {
	for (let i = 0; i < 105; i++)
		store().insert('contacts', { name: `Bulk contact ${i}`, contact_type: 'company', is_client: true });
	await fetch(`${sandbox.url}/__admin/requests?system=scoro`, { method: 'DELETE' });
	const run = await n8n.executeWorkflow(listContacts.id!);
	expect(run.errorMessage).toBeUndefined();
	expect(run.status).toBe('success');
	const out = nodeOutput(run, 'All Contacts');
	expect(out).toHaveLength(SCORO_SEED.contacts.length + 105);
	expect(new Set(out.map((c) => c.contact_id)).size).toBe(out.length);
	const calls = ((await admin('/requests?system=scoro')) as Array<{ operation: string }>).filter(
		(r) => r.operation === 'contacts/list',
	);
	expect(calls).toHaveLength(2);
	expect(JSON.stringify(run)).not.toContain(SCORO_SANDBOX_CREDENTIALS.apiKey);
});

it('Invoice > Update with lines: Add to Current keeps every line, Replace All (confirmed) replaces them', async () => {
	const before3 = (store().get('invoices', '3')!.fields.lines as Array<{ id: number; comment: string }>).map((l) => [
		l.id,
		l.comment,
	]);
	const run = await n8n.executeWorkflow(modifyInvoice.id!);
	expect(run.errorMessage).toBeUndefined();
	expect(run.status).toBe('success');
	const inv3 = store().get('invoices', '3')!.fields as Record<string, any>;
	expect(inv3.description).toBe('Phase 1 + extra day');
	expect(inv3.lines.slice(0, before3.length).map((l: any) => [l.id, l.comment])).toEqual(before3);
	expect(inv3.lines.map((l: any) => l.comment)).toEqual([...before3.map((l) => l[1]), 'Extra day']);
	// 6330 before + 150 * 8 = 7530 net; VAT 20% on 6250 + 1200
	expect(inv3).toMatchObject({ sum: 7530, vat_sum: 1490 });
	const inv5 = store().get('invoices', '5')!.fields as Record<string, any>;
	expect(inv5.lines.map((l: any) => l.comment)).toEqual(['Design sprint (re-scoped)']);
	expect(inv5.sum).toBe(2700);
	expect(nodeOutput(run, 'Replace Lines')[0]).toMatchObject({ id: 5, sum: 2700 });
});

it('Scoro Trigger (webhook): subscribes on publish, runs once per change, ignores a redelivery', async () => {
	const server = await n8n.startN8n({ publish: [onInvoiceChange.id!] });
	try {
		// Published workflows are activated in the background after n8n reports ready.
		const activated = Date.now() + 90_000;
		while (Date.now() < activated && store().list('webhooks').length === 0)
			await new Promise((r) => setTimeout(r, 500));
		const hooks = store().list('webhooks');
		if (hooks.length !== 1) console.log(server.output().slice(-4000));
		expect(hooks).toHaveLength(1);
		expect(hooks[0].fields).toMatchObject({ module: 'invoices', action: 'modify' });
		expect(String(hooks[0].fields.url)).toContain(`${server.url}webhook/`);
		expect(String(hooks[0].fields.url)).toMatch(/n8n_token=[0-9a-f]{48}$/);

		const description = `Changed ${Date.now()}`;
		const res = await fetch(`${sandbox.systemUrl('scoro')}/api/v2/invoices/modify/2`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({
				apiKey: SCORO_SANDBOX_CREDENTIALS.apiKey,
				company_account_id: SCORO_SANDBOX_CREDENTIALS.companyAccountId,
				request: { description },
			}),
		});
		expect(res.status).toBe(200);
		const wanted = `Seen 1002 modify: ${description}`;
		const seen = () =>
			store()
				.list('contacts')
				.filter((c) => String(c.fields.name).startsWith('Seen '));
		const deadline = Date.now() + 60_000;
		while (Date.now() < deadline && seen().length === 0) await new Promise((r) => setTimeout(r, 500));
		expect(seen().map((c) => c.fields.name)).toEqual([wanted]);

		const deliveries = (await admin('/scoro/deliveries')) as Array<{ n: number; status: number }>;
		expect(deliveries).toHaveLength(1);
		expect(deliveries[0].status).toBe(200);
		await admin(`/scoro/deliveries/${deliveries[0].n}/redeliver`, {});
		const until = Date.now() + 15_000;
		while (
			Date.now() < until &&
			((await admin('/scoro/deliveries')) as Array<{ status?: number }>).some((d) => d.status === undefined)
		) {
			await new Promise((r) => setTimeout(r, 250));
		}
		// Give a (wrong) second run time to write its contact before asserting there is none.
		await new Promise((r) => setTimeout(r, 5_000));
		expect(((await admin('/scoro/deliveries')) as Array<{ status: number }>).map((d) => d.status)).toEqual([200, 200]);
		expect(seen().map((c) => c.fields.name)).toEqual([wanted]);
	} finally {
		await server.stop();
	}
});

it('Scoro Trigger (polling): emits a bill changed after activation once, and nothing older', async () => {
	const server = await n8n.startN8n({ publish: [onBillPolled.id!] });
	try {
		// Activation polls once to set the cursor at "now" (the first list call); change a bill after it.
		const activated = Date.now() + 90_000;
		const lists = async () =>
			((await admin('/requests?system=scoro')) as Array<{ operation: string }>).filter(
				(r) => r.operation === 'bills/list',
			).length;
		while (Date.now() < activated && (await lists()) === 0) await new Promise((r) => setTimeout(r, 500));
		expect(await lists()).toBeGreaterThan(0);
		await new Promise((r) => setTimeout(r, 1_500));
		const description = `Polled change ${Date.now()}`;
		const res = await fetch(`${sandbox.systemUrl('scoro')}/api/v2/bills/modify/3`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({
				apiKey: SCORO_SANDBOX_CREDENTIALS.apiKey,
				company_account_id: SCORO_SANDBOX_CREDENTIALS.companyAccountId,
				request: { description },
			}),
		});
		expect(res.status).toBe(200);
		const polled = () =>
			store()
				.list('contacts')
				.filter((c) => String(c.fields.name).startsWith('Polled '));
		const deadline = Date.now() + 150_000;
		while (Date.now() < deadline && polled().length === 0) await new Promise((r) => setTimeout(r, 1000));
		expect(polled().map((c) => c.fields.name)).toEqual([`Polled INI-5002: ${description}`]);
		// One more scheduled poll re-reads the overlap window; it must not emit the bill again.
		const seenAt = await lists();
		const nextPoll = Date.now() + 90_000;
		while (Date.now() < nextPoll && (await lists()) === seenAt) await new Promise((r) => setTimeout(r, 1000));
		expect(await lists()).toBeGreaterThan(seenAt);
		await new Promise((r) => setTimeout(r, 3_000));
		expect(polled()).toHaveLength(1);
	} finally {
		await server.stop();
	}
});
