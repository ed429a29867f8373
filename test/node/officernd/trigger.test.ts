import type { IDataObject, IHookFunctions, IHttpRequestOptions, IPollFunctions } from 'n8n-workflow';
import { OfficeRndTrigger } from '../../../nodes/OfficeRnd/OfficeRndTrigger.node';
import { createOfficeRndSystem, OFFICERND_SANDBOX_CREDENTIALS as C, SEED_IDS } from '../../../sandbox/officernd';
import { startSandbox, type Sandbox } from '../../../sandbox/server';
import { OFFICERND_TRIGGER_TYPE, officeRndCredentialData } from './helpers';

let sandbox: Sandbox;
beforeAll(async () => {
	sandbox = await startSandbox({ systems: [createOfficeRndSystem] });
});
afterAll(async () => await sandbox.close());
beforeEach(() => sandbox.reset());

const store = () => sandbox.state.system('officernd')!.store;

/**
 * The parts of n8n's poll/hook contexts the trigger uses, with a real sandbox token. (The engine runs
 * triggers only in manual mode; the scheduled poll and the activation hooks are called directly.)
 */
async function triggerContext(
	parameters: IDataObject,
	staticData: IDataObject,
	mode: 'trigger' | 'manual' = 'trigger',
) {
	const credentials = officeRndCredentialData(sandbox);
	const res = await fetch(String(credentials.accessTokenUrl), {
		method: 'POST',
		headers: { 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({
			client_id: C.clientId,
			client_secret: C.clientSecret,
			grant_type: 'client_credentials',
		}).toString(),
	});
	const { access_token } = (await res.json()) as { access_token: string };
	return {
		getCredentials: async () => credentials,
		getNode: () => ({
			id: 'trigger-node',
			name: 'OfficeRnD Trigger',
			type: OFFICERND_TRIGGER_TYPE,
			typeVersion: 1,
			position: [0, 0],
			parameters,
		}),
		getNodeParameter: (name: string, fallback?: unknown) => (name in parameters ? parameters[name] : fallback),
		getWorkflowStaticData: () => staticData,
		getWorkflow: () => ({ id: 'wf-1', name: 'Trigger test', active: true }),
		getNodeWebhookUrl: () => 'http://127.0.0.1:5678/webhook/abc/webhook',
		getMode: () => mode,
		helpers: {
			async httpRequestWithAuthentication(_type: string, opts: IHttpRequestOptions) {
				const r = await fetch(String(opts.url), {
					method: opts.method,
					headers: {
						authorization: `Bearer ${access_token}`,
						...(opts.body ? { 'content-type': 'application/json' } : {}),
					},
					body: opts.body ? JSON.stringify(opts.body) : undefined,
				});
				return { statusCode: r.status, headers: {}, body: await r.json() };
			},
		},
	};
}

describe('OfficeRnD Trigger, polling mode', () => {
	it('“Fetch test event” (manual) emits the latest change and leaves the cursor alone', async () => {
		const state: IDataObject = {};
		store().update('companies', SEED_IDS.company.celtic, { description: 'latest' });
		const ctx = (await triggerContext(
			{ mode: 'polling', watch: 'company', lookbackHours: 0 },
			state,
			'manual',
		)) as unknown as IPollFunctions;
		const out = await new OfficeRndTrigger().poll.call(ctx);
		expect(out?.[0]).toHaveLength(1);
		expect(out?.[0][0].json._id).toBe(SEED_IDS.company.celtic);
		expect(state.cursor).toBeUndefined();
	});

	it('starts from now, then emits each change once, following modifiedAt', async () => {
		const trigger = new OfficeRndTrigger();
		const state: IDataObject = {};
		const ctx = (await triggerContext(
			{ mode: 'polling', watch: 'billingDocument', lookbackHours: 0 },
			state,
		)) as unknown as IPollFunctions;
		expect(await trigger.poll.call(ctx)).toBeNull();
		expect(typeof state.cursor).toBe('string');

		sandbox.state.clock.advance(5);
		store().update('payments', SEED_IDS.invoice(3), { reference: 'changed once' });
		const first = await trigger.poll.call(ctx);
		expect(first?.[0].map((i) => i.json._id)).toEqual([SEED_IDS.invoice(3)]);
		// Inside the overlap window the same version is not emitted again.
		expect(await trigger.poll.call(ctx)).toBeNull();

		sandbox.state.clock.advance(5);
		store().update('payments', SEED_IDS.invoice(3), { reference: 'changed twice' });
		store().update('payments', SEED_IDS.invoice(4), { reference: 'also changed' });
		const second = await trigger.poll.call(ctx);
		expect(second?.[0].map((i) => i.json.reference)).toEqual(['changed twice', 'also changed']);
	});

	it('a look-back emits recent history on the first poll; webhook mode never polls', async () => {
		const trigger = new OfficeRndTrigger();
		sandbox.state.clock.advance(1);
		store().update('companies', SEED_IDS.company.acme, { name: 'Acme Analytics (recent)' });
		const ctx = (await triggerContext(
			{ mode: 'polling', watch: 'company', lookbackHours: 1 },
			{},
		)) as unknown as IPollFunctions;
		const out = await trigger.poll.call(ctx);
		expect(out?.[0].map((i) => i.json.name)).toEqual(['Acme Analytics (recent)']);
		const hook = (await triggerContext(
			{ mode: 'webhook', events: ['invoice.updated'] },
			{},
		)) as unknown as IPollFunctions;
		expect(await trigger.poll.call(hook)).toBeNull();
	});
});

describe('OfficeRnD Trigger, webhook registration', () => {
	it('registers on activation, keeps id and secret, re-registers when events change, and removes on deactivation', async () => {
		const trigger = new OfficeRndTrigger();
		const data: IDataObject = {};
		const params: IDataObject = { mode: 'webhook', events: ['invoice.created', 'invoice.updated'] };
		const ctx = (await triggerContext(params, data)) as unknown as IHookFunctions;
		const hooks = trigger.webhookMethods.default;
		expect(await hooks.checkExists.call(ctx)).toBe(false);
		expect(await hooks.create.call(ctx)).toBe(true);
		const [registered] = store().list('webhooks');
		expect(registered.fields).toMatchObject({
			url: 'http://127.0.0.1:5678/webhook/abc/webhook',
			eventTypes: ['invoice.created', 'invoice.updated'],
		});
		expect(data).toMatchObject({ webhookId: registered.id, webhookSecret: registered.fields.secret });
		expect(await hooks.checkExists.call(ctx)).toBe(true);

		params.events = ['invoice.charge.created'];
		expect(await hooks.checkExists.call(ctx)).toBe(false);
		expect(store().count('webhooks')).toBe(0);
		await hooks.create.call(ctx);
		expect(store().list('webhooks')[0].fields.eventTypes).toEqual(['invoice.charge.created']);

		expect(await hooks.delete.call(ctx)).toBe(true);
		expect(store().count('webhooks')).toBe(0);
		expect(data.webhookId).toBeUndefined();
		expect(data.webhookSecret).toBeUndefined();
		// Removed in OfficeRnD already: deactivation still succeeds.
		data.webhookId = '66a0c0ffee6000000000dead';
		expect(await hooks.delete.call(ctx)).toBe(true);
	});

	it('polling mode registers nothing', async () => {
		const trigger = new OfficeRndTrigger();
		const ctx = (await triggerContext({ mode: 'polling', watch: 'charge' }, {})) as unknown as IHookFunctions;
		expect(await trigger.webhookMethods.default.checkExists.call(ctx)).toBe(true);
		expect(await trigger.webhookMethods.default.create.call(ctx)).toBe(true);
		expect(store().count('webhooks')).toBe(0);
	});
});
