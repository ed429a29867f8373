/**
 * Sage Intacct Trigger in real n8n (published workflows, `n8n start`) against the sandbox:
 * - polling: after the first scheduled poll, a customer changed through the sandbox admin API is
 *   picked up by the next poll (every minute) and reaches the workflow's next node;
 * - webhook: the sandbox delivers a Platform-Trigger-style post with the bearer token; the workflow
 *   gets the full record; a wrong token is answered 401 and starts nothing; a repeated idempotency
 *   key starts nothing.
 * Each workflow forwards its items to a capture server on 127.0.0.1 with n8n's HTTP Request node.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startSandbox, type Sandbox } from '../../../sandbox/server';
import { cleanup, prepareN8n, type N8nInstance, type RunningN8n, type WorkflowJson } from '../../helpers/n8n';
import { intacctCredentialData } from '../../helpers/intacct';

const PKG = 'n8n-nodes-intacct-sync';
const TOKEN = 'e2e-intacct-webhook-token';
const HOOK_ID = '5d0c2a8e-3f51-4b4e-9d7a-1c2b3a4d5e01';

let sandbox: Sandbox;
let capture: Server;
let captureUrl: string;
const received: Array<{ path: string; body: Record<string, unknown> }> = [];
let n8n: N8nInstance;
let server: RunningN8n;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function waitFor<T>(
	what: string,
	fn: () => T | undefined | Promise<T | undefined>,
	timeoutMs: number,
): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const v = await fn();
		if (v !== undefined) return v;
		if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
		await sleep(500);
	}
}
async function admin(path: string, body?: unknown, method = body === undefined ? 'GET' : 'POST') {
	const res = await fetch(`${sandbox.url}/__admin${path}`, {
		method,
		headers: body === undefined ? undefined : { 'content-type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	return { status: res.status, json: (await res.json()) as Record<string, unknown> & Array<Record<string, unknown>> };
}

const forward = (id: string, path: string) => ({
	id,
	name: 'Forward',
	type: 'n8n-nodes-base.httpRequest',
	typeVersion: 4.2,
	position: [300, 0],
	parameters: {
		method: 'POST',
		url: `${captureUrl}${path}`,
		sendBody: true,
		specifyBody: 'json',
		jsonBody: '={{ JSON.stringify($json) }}',
		options: {},
	},
});
const credentials = { sageIntacctApi: { id: 'intacctE2eCred01', name: 'Intacct sandbox' } };
const tokenCredential = { sageIntacctWebhookApi: { id: 'intacctE2eHook01', name: 'Intacct webhook token' } };

function workflows(): WorkflowJson[] {
	return [
		{
			id: 'intacctTrigPoll01',
			name: 'Intacct trigger e2e: polling',
			nodes: [
				{
					id: 'a1b2c3d4-0000-4000-8000-000000000001',
					name: 'Intacct Trigger',
					type: `${PKG}.sageIntacctTrigger`,
					typeVersion: 1,
					position: [0, 0],
					webhookId: '5d0c2a8e-3f51-4b4e-9d7a-1c2b3a4d5e00',
					parameters: {
						mode: 'poll',
						object: 'CUSTOMER',
						event: 'newOrUpdated',
						pollTimes: { item: [{ mode: 'everyMinute' }] },
						options: { fields: 'RECORDNO,CUSTOMERID,NAME,WHENMODIFIED' },
					},
					credentials,
				},
				forward('a1b2c3d4-0000-4000-8000-000000000002', '/poll'),
			],
			connections: { 'Intacct Trigger': { main: [[{ node: 'Forward', type: 'main', index: 0 }]] } },
			settings: { executionOrder: 'v1' },
		},
		{
			id: 'intacctTrigHook01',
			name: 'Intacct trigger e2e: webhook',
			nodes: [
				{
					id: 'a1b2c3d4-0000-4000-8000-000000000011',
					name: 'Intacct Trigger',
					type: `${PKG}.sageIntacctTrigger`,
					typeVersion: 1,
					position: [0, 0],
					webhookId: HOOK_ID,
					parameters: {
						mode: 'webhook',
						object: 'CUSTOMER',
						recordPath: 'recordNo',
						recordKeyType: 'recordNo',
						pollTimes: { item: [{ mode: 'everyHour' }] },
						options: {},
					},
					credentials: { ...credentials, ...tokenCredential },
				},
				forward('a1b2c3d4-0000-4000-8000-000000000012', '/hook'),
			],
			connections: { 'Intacct Trigger': { main: [[{ node: 'Forward', type: 'main', index: 0 }]] } },
			settings: { executionOrder: 'v1' },
		},
	];
}

const readByQueries = async () =>
	((await admin('/requests?system=intacct')).json as Array<{ operation?: string }>).filter((r) =>
		String(r.operation ?? '').includes('readByQuery'),
	).length;

beforeAll(async () => {
	sandbox = await startSandbox({ port: 0 });
	capture = createServer((req, res) => {
		let body = '';
		req.on('data', (d) => (body += d));
		req.on('end', () => {
			try {
				received.push({ path: req.url ?? '', body: JSON.parse(body || '{}') });
			} catch {
				received.push({ path: req.url ?? '', body: { raw: body } });
			}
			res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
		});
	});
	await new Promise<void>((r) => capture.listen(0, '127.0.0.1', r));
	captureUrl = `http://127.0.0.1:${(capture.address() as AddressInfo).port}`;

	n8n = await prepareN8n();
	await n8n.importCredentials([
		{ ...credentials.sageIntacctApi, type: 'sageIntacctApi', data: intacctCredentialData(sandbox) },
		{ ...tokenCredential.sageIntacctWebhookApi, type: 'sageIntacctWebhookApi', data: { token: TOKEN } },
	]);
	const ids = await n8n.importWorkflow(workflows());
	server = await n8n.startN8n({ publish: ids });
}, 8 * 60_000);

afterAll(async () => {
	await cleanup();
	await new Promise((r) => capture?.close(r));
	await sandbox?.close();
});

describe('Sage Intacct Trigger in real n8n', () => {
	it('polling: a customer changed after the first scheduled poll reaches the workflow on the next poll', async () => {
		// Activation polls once; the first scheduled poll (within a minute) has then set the cursor.
		await waitFor('two polls of the sandbox', async () => ((await readByQueries()) >= 2 ? true : undefined), 150_000);
		const before = received.filter((r) => r.path === '/poll').length;
		expect(before).toBe(0);
		const changed = await admin('/records/intacct/CUSTOMER', {
			id: '3',
			fields: { NAME: 'Cobalt Analytics (changed in e2e)' },
		});
		expect(changed.status).toBe(200);
		const hit = await waitFor(
			'the changed customer at the capture server',
			() => received.find((r) => r.path === '/poll'),
			150_000,
		);
		expect(hit.body).toMatchObject({ RECORDNO: '3', CUSTOMERID: 'C-0003', NAME: 'Cobalt Analytics (changed in e2e)' });
		// Only the change: the seeded customers were not emitted.
		await sleep(2000);
		expect(received.filter((r) => r.path === '/poll').map((r) => r.body.RECORDNO)).toEqual(['3']);
	});

	it('webhook: an authorised post starts the workflow with the full record; a wrong token gets 401 and starts nothing', async () => {
		const url = `${server.url}webhook/${HOOK_ID}/webhook`;
		const wrong = await admin('/intacct/webhook', {
			url,
			token: 'not-the-token',
			object: 'CUSTOMER',
			recordNo: '5',
			maxAttempts: 1,
		});
		expect((wrong.json.attempts as Array<{ status: number }>)[0].status).toBe(401);

		const ok = await admin('/intacct/webhook', {
			url,
			token: TOKEN,
			object: 'CUSTOMER',
			recordNo: '5',
			idempotencyKey: 'e2e-delivery-1',
			maxAttempts: 1,
		});
		expect((ok.json.attempts as Array<{ status: number }>)[0].status).toBe(200);
		const hit = await waitFor(
			'the webhook record at the capture server',
			() => received.find((r) => r.path === '/hook'),
			60_000,
		);
		expect(hit.body).toMatchObject({
			RECORDNO: '5',
			CUSTOMERID: 'C-0005',
			NAME: 'Evergreen Legal LLP',
			EMAIL1: 'finance@evergreen.example',
		});
		expect(hit.body._intacct).toMatchObject({ object: 'CUSTOMER', key: '5', idempotencyKey: 'e2e-delivery-1' });

		// A retry with the same idempotency key is acknowledged but starts nothing.
		const again = await admin('/intacct/webhook', {
			url,
			token: TOKEN,
			object: 'CUSTOMER',
			recordNo: '5',
			idempotencyKey: 'e2e-delivery-1',
			maxAttempts: 1,
		});
		expect((again.json.attempts as Array<{ status: number; body: string }>)[0]).toMatchObject({ status: 200 });
		expect(JSON.parse((again.json.attempts as Array<{ body: string }>)[0].body)).toMatchObject({ duplicate: true });
		await sleep(3000);
		expect(received.filter((r) => r.path === '/hook')).toHaveLength(1);
		// The wrong-token post never reached the workflow, and the token never appears in n8n's output.
		expect(server.output()).not.toContain(TOKEN);
	});
});
