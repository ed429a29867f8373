/**
 * OfficeRnD in real n8n (the built package installed as a community package) against the sandbox:
 * a published workflow whose OfficeRnD Trigger (webhook mode) registered itself in the sandbox on
 * activation; a signed delivery starts it and its OfficeRnD node writes the accounting status back;
 * unsigned, tampered, wrongly signed, stale and replayed deliveries start nothing.
 */
import type { IDataObject } from 'n8n-workflow';
import { startSandbox, type Sandbox } from '../../../sandbox/server';
import { createOfficeRndSystem, OFFICERND_SANDBOX_CREDENTIALS as C, SEED_IDS } from '../../../sandbox/officernd';
import {
	cleanup,
	nodeOutput,
	prepareN8n,
	type N8nInstance,
	type RunningN8n,
	type WorkflowJson,
} from '../../helpers/n8n';
import { signatureHeader } from '../../../nodes/OfficeRnd/transport/signature';

const PKG = 'n8n-nodes-intacct-sync';
const CREDENTIAL = { officeRndOAuth2Api: { id: 'e2eOfficeRnd0001', name: 'OfficeRnD (e2e sandbox)' } };
const WEBHOOK_ID = '3c2f6a10-8e4b-4d5e-9f00-0ff1ce0e2e01';

/** Charge received in OfficeRnD -> (the Intacct posting would go here) -> accounting status written back. */
const chargeToStatus: WorkflowJson = {
	id: 'ornE2eChargeHook',
	name: 'OfficeRnD e2e: charge received, write sync status back',
	nodes: [
		{
			id: 'c0ffee00-0001-4a11-9c01-000000000001',
			name: 'Charge Created',
			type: `${PKG}.officeRndTrigger`,
			typeVersion: 1,
			position: [0, 0],
			webhookId: WEBHOOK_ID,
			credentials: CREDENTIAL,
			parameters: { mode: 'webhook', events: ['invoice.charge.created'], pollTimes: { item: [{ mode: 'everyHour' }] } },
		},
		{
			id: 'c0ffee00-0001-4a11-9c01-000000000002',
			name: 'Record Sync Status',
			type: `${PKG}.officeRnd`,
			typeVersion: 1,
			position: [220, 0],
			credentials: CREDENTIAL,
			parameters: {
				resource: 'billingDocument',
				operation: 'recordAccountingStatus',
				documentId: { __rl: true, mode: 'id', value: '={{ $json.data.object.payment }}' },
				level: 'document',
				provider: 'sageIntacct',
				externalOrgId: 'E2E-CO',
				providerId: '={{ "charge:" + $json.data.object._id }}',
				lastSync: '2025-03-20T10:00:00Z',
				error: '',
			},
		},
	],
	connections: { 'Charge Created': { main: [[{ node: 'Record Sync Status', type: 'main', index: 0 }]] } },
	settings: { executionOrder: 'v1' },
};

/** Manual run of the action node: proves n8n's OAuth2 client-credentials flow in the real server code. */
const listLocations: WorkflowJson = {
	id: 'ornE2eLocations1',
	name: 'OfficeRnD e2e: list locations',
	nodes: [
		{
			id: 'c0ffee00-0002-4a11-9c01-000000000001',
			name: 'Manual',
			type: 'n8n-nodes-base.manualTrigger',
			typeVersion: 1,
			position: [0, 0],
			parameters: {},
		},
		{
			id: 'c0ffee00-0002-4a11-9c01-000000000002',
			name: 'Locations',
			type: `${PKG}.officeRnd`,
			typeVersion: 1,
			position: [220, 0],
			credentials: CREDENTIAL,
			parameters: { resource: 'location', operation: 'getAll', returnAll: true, filters: {}, options: {} },
		},
	],
	connections: { Manual: { main: [[{ node: 'Locations', type: 'main', index: 0 }]] } },
	settings: { executionOrder: 'v1' },
};

/** Polling mode: a member changed in OfficeRnD is noticed on the next poll and noted on its company. */
const memberPoll: WorkflowJson = {
	id: 'ornE2eMemberPoll',
	name: 'OfficeRnD e2e: poll members, note on company',
	nodes: [
		{
			id: 'c0ffee00-0003-4a11-9c01-000000000001',
			name: 'Member Changed',
			type: `${PKG}.officeRndTrigger`,
			typeVersion: 1,
			position: [0, 0],
			webhookId: '3c2f6a10-8e4b-4d5e-9f00-0ff1ce0e2e02',
			credentials: CREDENTIAL,
			parameters: {
				mode: 'polling',
				watch: 'member',
				lookbackHours: 0,
				pollTimes: { item: [{ mode: 'everyMinute' }] },
			},
		},
		{
			id: 'c0ffee00-0003-4a11-9c01-000000000002',
			name: 'Note On Company',
			type: `${PKG}.officeRnd`,
			typeVersion: 1,
			position: [220, 0],
			credentials: CREDENTIAL,
			parameters: {
				resource: 'company',
				operation: 'update',
				companyId: { __rl: true, mode: 'id', value: '={{ $json.company }}' },
				inputMode: 'fields',
				updateFields: { description: '=poll saw {{ $json.name }} ({{ $json.phone }})' },
			},
		},
	],
	connections: { 'Member Changed': { main: [[{ node: 'Note On Company', type: 'main', index: 0 }]] } },
	settings: { executionOrder: 'v1' },
};

let sandbox: Sandbox;
let n8n: N8nInstance;
let server: RunningN8n | undefined;
const store = () => sandbox.state.system('officernd')!.store;
const admin = async (path: string, body?: unknown): Promise<any> => {
	const res = await fetch(`${sandbox.url}/__admin${path}`, {
		method: body === undefined ? 'GET' : 'POST',
		headers: { 'content-type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	return await res.json();
};
const accountingOf = (invoiceId: string) => store().get('payments', invoiceId)?.fields.accounting as IDataObject | null;
const updatesOf = async (invoiceId: string) =>
	((await admin('/requests?system=officernd')) as Array<{ method: string; path: string }>).filter(
		(r) => r.method === 'PUT' && r.path.endsWith(`/payments/${invoiceId}`),
	).length;

async function waitFor<T>(
	what: string,
	fn: () => T | undefined | null | Promise<T | undefined | null>,
	timeoutMs = 30_000,
): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = await fn();
		if (value) return value;
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await new Promise((r) => setTimeout(r, 250));
	}
}

beforeAll(async () => {
	sandbox = await startSandbox({ port: 0, systems: [createOfficeRndSystem] });
	n8n = await prepareN8n();
	const base = sandbox.systemUrl('officernd');
	await n8n.importCredentials([
		{
			id: CREDENTIAL.officeRndOAuth2Api.id,
			name: CREDENTIAL.officeRndOAuth2Api.name,
			type: 'officeRndOAuth2Api',
			data: {
				clientId: C.clientId,
				clientSecret: C.clientSecret,
				orgSlug: C.orgSlug,
				accessTokenUrl: `${base}/oauth/token`,
				baseUrl: `${base}/api/v2`,
			},
		},
	]);
	await n8n.importWorkflow([chargeToStatus, listLocations, memberPoll]);
});

afterAll(async () => {
	await server?.stop();
	await cleanup();
	await sandbox?.close();
});

describe('OfficeRnD action node in real n8n', () => {
	it('runs Location > Get Many with n8n fetching the client-credentials token from the sandbox', async () => {
		const run = await n8n.executeWorkflow(listLocations.id!);
		expect(run.errorMessage).toBeUndefined();
		expect(run.status).toBe('success');
		expect(
			nodeOutput(run, 'Locations')
				.map((l) => l.code)
				.sort(),
		).toEqual(['DUB', 'LDN', 'MAN']);
		expect(((await admin('/officernd/tokens')) as { issued: number }).issued).toBe(1);
	});
});

describe('OfficeRnD Trigger (webhook mode) in a started n8n with the workflow published', () => {
	let deliveryUrl: string;

	it('registers its webhook in OfficeRnD on activation, for the chosen events', async () => {
		server = await n8n.startN8n({ publish: [chargeToStatus.id!, memberPoll.id!] });
		const hooks = await waitFor('the webhook registration', () => {
			const list = store().list('webhooks');
			return list.length ? list : undefined;
		});
		// Only the webhook-mode trigger registers; the polling one does not.
		expect(hooks).toHaveLength(1);
		deliveryUrl = String(hooks[0].fields.url);
		expect(deliveryUrl).toBe(`${server.url}webhook/${WEBHOOK_ID}/webhook`);
		expect(hooks[0].fields.eventTypes).toEqual(['invoice.charge.created']);
	});

	it('a signed delivery starts the workflow, which writes the sync status back', async () => {
		const invoice = SEED_IDS.invoice(13);
		expect(accountingOf(invoice)).toBeNull();
		const created = await admin('/records/officernd/charges', {
			fields: {
				payment: invoice,
				amount: 48,
				currency: 'GBP',
				status: 'success',
				reference: 'e2e',
				source: 'admin',
				account: 'Cash',
			},
		});
		const chargeId = created.record.id as string;
		await admin('/officernd/deliveries/idle');
		const [delivery] = (await admin('/officernd/deliveries')) as Array<{
			eventType: string;
			status: number;
			url: string;
		}>;
		expect(delivery).toMatchObject({ eventType: 'invoice.charge.created', status: 200, url: deliveryUrl });
		const accounting = await waitFor('the accounting write-back', () => accountingOf(invoice) ?? undefined);
		expect(accounting).toMatchObject({
			provider: 'sageIntacct',
			externalOrgId: 'E2E-CO',
			providerId: `charge:${chargeId}`,
		});
	});

	it.each([
		['unsigned', { tamper: 'unsigned' }],
		['tampered body', { tamper: 'bodyChanged' }],
		['signed with another secret', { tamper: 'wrongSecret' }],
		['stale (10 minutes old)', { timestampOffsetSeconds: -600 }],
	])('a %s delivery is answered 401 and starts nothing', async (_label, spoil) => {
		const invoice = SEED_IDS.invoice(6);
		const fakeCharge = {
			_id: '66a0c0ffeec0000000000999',
			payment: invoice,
			amount: 300,
			status: 'success',
			modifiedAt: new Date().toISOString(),
		};
		const record = await admin('/officernd/deliver', {
			eventType: 'invoice.charge.created',
			object: fakeCharge,
			...spoil,
		});
		expect(record.status).toBe(401);
		expect(record.responseBody).toContain('Signature check failed');
		// The same object, properly signed, would have written the status: give a wrongly started run time to show.
		await new Promise((r) => setTimeout(r, 1500));
		expect(accountingOf(invoice)).toBeNull();
		expect(await updatesOf(invoice)).toBe(0);
	});

	it('a replayed delivery is acknowledged but starts no second run', async () => {
		const invoice = SEED_IDS.invoice(3);
		const object = {
			_id: '66a0c0ffeec0000000000998',
			payment: invoice,
			amount: 1,
			status: 'success',
			modifiedAt: '2025-03-21T00:00:00.000Z',
		};
		const first = await admin('/officernd/deliver', { eventType: 'invoice.charge.created', object });
		expect(first.status).toBe(200);
		await waitFor('the first run', () => accountingOf(invoice) ?? undefined);
		const replay = await admin('/officernd/deliver', { replayOf: first.id });
		expect(replay.status).toBe(200);
		expect(replay.responseBody).toContain('duplicate');
		// Redelivered with a fresh signature (same change): still a duplicate.
		const resigned = await admin('/officernd/deliver', { eventType: 'invoice.charge.created', object });
		expect(resigned.responseBody).toContain('duplicate');
		await new Promise((r) => setTimeout(r, 1500));
		expect(await updatesOf(invoice)).toBe(1);
	});
	// Issue 12 case 9: correctly signed deliveries are never answered 500 and never dropped.
	const signedPost = async (raw: string, contentType: string) => {
		const secret = String(store().list('webhooks')[0].fields.secret);
		const res = await fetch(deliveryUrl, {
			method: 'POST',
			headers: {
				'content-type': contentType,
				'officernd-signature': signatureHeader(raw, secret, Math.floor(Date.now() / 1000)),
			},
			body: raw,
		});
		return { status: res.status, body: await res.text() };
	};

	it('a correctly signed EMPTY body is answered 4xx with a reason, not 500', async () => {
		const res = await signedPost('', 'application/json');
		expect(res.status).toBeGreaterThanOrEqual(400);
		expect(res.status).toBeLessThan(500);
		expect(res.body).toMatch(/Empty body/);
	});

	it.each([
		['not JSON', 'eventType=invoice.charge.created', 'application/x-www-form-urlencoded'],
		['a JSON array', '[]', 'application/json'],
		['eventType not a string', '{"eventType":7,"data":{"object":{}}}', 'application/json'],
	])('a correctly signed body that is %s is answered 4xx with a reason', async (_label, raw, contentType) => {
		const res = await signedPost(raw, contentType);
		expect(res.status).toBeGreaterThanOrEqual(400);
		expect(res.status).toBeLessThan(500);
		expect(res.body).toMatch(/JSON|eventType/);
	});

	it('a correctly signed delivery sent as text/plain is processed: the workflow runs and writes back', async () => {
		const invoice = SEED_IDS.invoice(7);
		expect(accountingOf(invoice)).toBeNull();
		const object = {
			_id: '66a0c0ffeec0000000000997',
			payment: invoice,
			amount: 2,
			status: 'success',
			modifiedAt: new Date().toISOString(),
		};
		const res = await signedPost(
			JSON.stringify({ eventType: 'invoice.charge.created', data: { object } }),
			'text/plain',
		);
		expect(res.status).toBe(200);
		expect(res.body).not.toContain('ignored');
		const accounting = await waitFor(
			'the write-back of the text/plain delivery',
			() => accountingOf(invoice) ?? undefined,
		);
		expect(accounting).toMatchObject({ providerId: `charge:${object._id}` });
	});
});

describe('OfficeRnD Trigger (polling mode) in the same published n8n', () => {
	it('notices a member change on a scheduled poll and runs the workflow once for it', async () => {
		const company = SEED_IDS.company.acme;
		await admin('/records/officernd/members', { id: SEED_IDS.member.alice, fields: { phone: '+44 20 0000 0001' } });
		// everyMinute polls: the change is seen on the first or second poll (overlap window), within ~2 minutes.
		const description = await waitFor(
			'the polling run',
			() => {
				const d = String(store().get('companies', company)?.fields.description ?? '');
				return d.startsWith('poll saw') ? d : undefined;
			},
			150_000,
		);
		expect(description).toBe('poll saw Alice Archer (+44 20 0000 0001)');
		const versionAfterFirst = store().get('companies', company)!.version;
		// Another poll cycle without changes to the member starts nothing new.
		await new Promise((r) => setTimeout(r, 65_000));
		expect(store().get('companies', company)!.version).toBe(versionAfterFirst);
	});
});
