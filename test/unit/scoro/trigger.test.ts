import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { IDataObject } from 'n8n-workflow';
import { ScoroApi } from '../../../credentials/ScoroApi.credentials';
import { ScoroTrigger } from '../../../nodes/Scoro/ScoroTrigger.node';
import { scoroRequest } from '../../../nodes/Scoro/transport';
import { startSandbox, type Sandbox } from '../../../sandbox/server';
import { createScoroSystem, SCORO_SANDBOX_CREDENTIALS, SCORO_SEED } from '../../../sandbox/scoro';
import { fakeContext } from '../../helpers/fakeContext';

/**
 * The trigger's hook, webhook and poll methods, called the way n8n calls them (through small fake
 * contexts) against the sandbox, which really delivers webhooks to a local receiver. The same
 * trigger runs in real n8n in test/e2e/scoro.
 */
let sandbox: Sandbox;
let receiver: Server;
let receiverUrl = '';
const deliveries: Array<{ query: URLSearchParams; body: IDataObject }> = [];

beforeAll(async () => {
	sandbox = await startSandbox({ port: 0, systems: [createScoroSystem] });
	receiver = createServer((req, res) => {
		let body = '';
		req.on('data', (c) => (body += c));
		req.on('end', () => {
			deliveries.push({ query: new URL(req.url ?? '/', 'http://x').searchParams, body: JSON.parse(body || '{}') });
			res.end('ok');
		});
	});
	await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
	receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/webhook/abc/webhook`;
});
afterAll(async () => {
	await sandbox.close();
	await new Promise<void>((r) => receiver.close(() => r()));
});
beforeEach(() => {
	sandbox.reset();
	deliveries.length = 0;
});

const creds = () => ({ siteUrl: sandbox.systemUrl('scoro'), ...SCORO_SANDBOX_CREDENTIALS });
const api = () => fakeContext(new ScoroApi(), creds());

/** One workflow id per static-data object, so each test is its own trigger for the in-process de-dup. */
const workflowIds = new WeakMap<IDataObject, string>();
let workflowCounter = 0;
function workflowIdOf(staticData: IDataObject): string {
	if (!workflowIds.has(staticData)) workflowIds.set(staticData, `wf${++workflowCounter}`);
	return workflowIds.get(staticData)!;
}

function context(
	params: IDataObject,
	staticData: IDataObject,
	extra: IDataObject = {},
	workflowId = workflowIdOf(staticData),
) {
	const base = fakeContext(new ScoroApi(), creds());
	const warnings: string[] = [];
	return Object.assign(base, {
		warnings,
		logger: {
			warn: (m: string) => warnings.push(m),
			debug: () => undefined,
			info: () => undefined,
			error: () => undefined,
		},
		getNodeParameter: (name: string, fallback?: unknown) => (name in params ? params[name] : fallback),
		getWorkflowStaticData: () => staticData,
		getNodeWebhookUrl: () => receiverUrl,
		getMode: () => 'trigger',
		getWorkflow: () => ({ id: workflowId }),
		...extra,
	}) as any;
}

function webhookContext(
	params: IDataObject,
	staticData: IDataObject,
	delivery: { query: URLSearchParams; body: IDataObject },
	workflowId = workflowIdOf(staticData),
) {
	const response = { code: 200, body: undefined as unknown };
	const res = {
		status(code: number) {
			response.code = code;
			return res;
		},
		json(body: unknown) {
			response.body = body;
			return res;
		},
	};
	const ctx = context(
		params,
		staticData,
		{
			getQueryData: () => Object.fromEntries(delivery.query),
			getBodyData: () => delivery.body,
			getResponseObject: () => res,
		},
		workflowId,
	);
	return { ctx, response };
}

async function waitFor<T>(read: () => T | undefined, ms = 3000): Promise<T> {
	const until = Date.now() + ms;
	for (;;) {
		const value = read();
		if (value !== undefined) return value;
		if (Date.now() > until) throw new Error('timed out waiting');
		await new Promise((r) => setTimeout(r, 20));
	}
}

const trigger = new ScoroTrigger();
const hooks = trigger.webhookMethods.default;
const webhookParams = { mode: 'webhook', module: 'invoices', events: ['create', 'modify'] };

describe('Scoro Trigger, webhook mode', () => {
	it('subscribes one webhook per event with a secret token, and unsubscribes on deactivation', async () => {
		const staticData: IDataObject = {};
		const ctx = context(webhookParams, staticData);
		expect(await hooks.checkExists.call(ctx)).toBe(false);
		await hooks.create.call(ctx);
		const subs = sandbox.state.system('scoro')!.store.list('webhooks');
		expect(subs.map((s) => s.fields.action)).toEqual(['create', 'modify']);
		expect(
			subs.every((s) => String(s.fields.url).startsWith(`${receiverUrl}?n8n_token=`) && s.fields.module === 'invoices'),
		).toBe(true);
		expect(String(subs[0].fields.url)).toContain(String(staticData.secret));
		expect(await hooks.checkExists.call(ctx)).toBe(true);
		await hooks.delete.call(ctx);
		expect(sandbox.state.system('scoro')!.store.list('webhooks')).toHaveLength(0);
		expect(staticData.webhooks).toBeUndefined();
		expect(await hooks.checkExists.call(ctx)).toBe(false);
	});

	it('changing the events re-subscribes without leaving the old subscriptions behind', async () => {
		const staticData: IDataObject = {};
		await hooks.create.call(context(webhookParams, staticData));
		const changed = { ...webhookParams, events: ['delete'] };
		expect(await hooks.checkExists.call(context(changed, staticData))).toBe(false);
		await hooks.create.call(context(changed, staticData));
		const subs = sandbox.state.system('scoro')!.store.list('webhooks');
		expect(subs.map((w) => w.fields.action)).toEqual(['delete']);
	});

	it('emits the record re-read from Scoro once, and ignores redeliveries, strangers and other modules', async () => {
		const staticData: IDataObject = {};
		await hooks.create.call(context(webhookParams, staticData));
		await scoroRequest(api(), {
			module: 'invoices',
			action: 'modify',
			id: 2,
			body: { request: { description: 'Changed in Scoro' } },
			idempotent: false,
		});
		const delivery = await waitFor(() => deliveries[0]);

		const first = webhookContext(webhookParams, staticData, delivery);
		const out = await trigger.webhook.call(first.ctx);
		expect(out.workflowData?.[0]).toHaveLength(1);
		const json = out.workflowData![0][0].json as IDataObject;
		expect(json).toMatchObject({
			id: 2,
			description: 'Changed in Scoro',
			scoroEvent: { module: 'invoices', action: 'modify', objectId: '2' },
		});
		expect(Array.isArray(json.lines)).toBe(true);

		const again = webhookContext(webhookParams, staticData, delivery);
		expect((await trigger.webhook.call(again.ctx)).workflowData).toBeUndefined();
		expect(again.response.body).toEqual({ duplicate: true });

		const forged = webhookContext(webhookParams, staticData, {
			query: new URLSearchParams({ n8n_token: 'guess' }),
			body: { ...delivery.body, event_id: 'evt_x' },
		});
		expect((await trigger.webhook.call(forged.ctx)).workflowData).toBeUndefined();
		expect(forged.response.code).toBe(401);

		const other = webhookContext(webhookParams, staticData, {
			query: delivery.query,
			body: { ...delivery.body, event_id: 'evt_y', module: 'bills' },
		});
		expect((await trigger.webhook.call(other.ctx)).workflowData).toBeUndefined();
		expect(other.response.body).toEqual({ ignored: true });
	});

	it('de-duplicates even when n8n hands the webhook stale static data (published-workflow cache)', async () => {
		const staticData: IDataObject = {};
		await hooks.create.call(context(webhookParams, staticData));
		const stale = structuredClone(staticData);
		await scoroRequest(api(), {
			module: 'invoices',
			action: 'modify',
			id: 1,
			body: { request: { description: 'once' } },
			idempotent: false,
		});
		const delivery = await waitFor(() => deliveries[0]);
		const id = workflowIdOf(staticData);
		expect(
			(await trigger.webhook.call(webhookContext(webhookParams, structuredClone(stale), delivery, id).ctx))
				.workflowData?.[0],
		).toHaveLength(1);
		const again = webhookContext(webhookParams, structuredClone(stale), delivery, id);
		expect((await trigger.webhook.call(again.ctx)).workflowData).toBeUndefined();
		expect(again.response.body).toEqual({ duplicate: true });
	});

	it('emits a delete with the id only (the record is gone)', async () => {
		const staticData: IDataObject = {};
		const params = { ...webhookParams, events: ['delete'] };
		await hooks.create.call(context(params, staticData));
		await scoroRequest(api(), { module: 'invoices', action: 'delete', id: 7, idempotent: true });
		const delivery = await waitFor(() => deliveries[0]);
		const out = await trigger.webhook.call(webhookContext(params, staticData, delivery).ctx);
		expect(out.workflowData![0][0].json).toMatchObject({ id: 7, is_deleted: true, scoroEvent: { action: 'delete' } });
	});

	it("fails activation with Scoro's domain-verification message and leaves nothing subscribed", async () => {
		await fetch(`${sandbox.url}/__admin/scoro/domains`, {
			method: 'POST',
			body: JSON.stringify({ domains: ['n8n.example.com'] }),
		});
		const staticData: IDataObject = {};
		const error = await hooks.create.call(context(webhookParams, staticData)).catch((e: Error) => e);
		expect(String((error as Error).message)).toMatch(/domain 127.0.0.1 is not verified/);
		expect(sandbox.state.system('scoro')!.store.list('webhooks')).toHaveLength(0);
		expect(staticData.secret).toBeUndefined();
	});
});

describe('Scoro Trigger, polling mode', () => {
	const pollParams = { mode: 'polling', module: 'invoices', pollEvent: 'changed', options: {} };

	it('starts from now, then emits each change once (cursor, overlap, de-dup)', async () => {
		const staticData: IDataObject = {};
		expect(await trigger.poll.call(context(pollParams, staticData))).toBeNull();
		expect((staticData.invoices as IDataObject).cursor).toEqual(expect.any(String));
		await scoroRequest(api(), {
			module: 'invoices',
			action: 'modify',
			id: 5,
			body: { request: { description: 'polled' } },
			idempotent: false,
		});
		const second = await trigger.poll.call(context(pollParams, staticData));
		expect(second?.[0].map((i) => i.json.id)).toEqual([5]);
		expect(await trigger.poll.call(context(pollParams, staticData))).toBeNull();
		const sent = (await (await fetch(`${sandbox.url}/__admin/requests?system=scoro`)).json()) as Array<{
			operation: string;
		}>;
		// The first poll reads the overlap window as its baseline (shared/polling.ts), then one read per poll.
		expect(sent.filter((r) => r.operation === 'invoices/list')).toHaveLength(3);
	});

	it('"Created" emits new records only', async () => {
		const staticData: IDataObject = {};
		const params = { ...pollParams, pollEvent: 'created' };
		await trigger.poll.call(context(params, staticData));
		await scoroRequest(api(), {
			module: 'invoices',
			action: 'modify',
			id: 5,
			body: { request: { description: 'changed, not new' } },
			idempotent: false,
		});
		const created = await scoroRequest<IDataObject>(api(), {
			module: 'invoices',
			action: 'modify',
			body: { request: { company_id: 1 } },
			idempotent: false,
		});
		const out = await trigger.poll.call(context(params, staticData));
		expect(out?.[0].map((i) => i.json.id)).toEqual([created.data.id]);
	});

	it('webhook mode does not poll, polling mode does not subscribe', async () => {
		expect(await trigger.poll.call(context(webhookParams, {}))).toBeNull();
		expect(await hooks.create.call(context(pollParams, {}))).toBe(true);
		expect(sandbox.state.system('scoro')!.store.list('webhooks')).toHaveLength(0);
		const sent = (await (await fetch(`${sandbox.url}/__admin/requests?system=scoro`)).json()) as unknown[];
		expect(sent).toHaveLength(0);
		expect(SCORO_SEED.invoices.length).toBeGreaterThan(0);
	});
});
