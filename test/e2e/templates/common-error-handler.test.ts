/**
 * The shared error workflow (workflows/common/error-handler.json) in real n8n: a sync's failure
 * path calls it through an Execute Workflow node, and each failed item becomes one JSON line of
 * the failure log (system, record, error, payload), which the test reads back from disk.
 */
import { mkdtempSync, readFileSync } from 'fs';
import type { AddressInfo } from 'net';
import { tmpdir } from 'os';
import path from 'path';
import { SMTPServer } from 'smtp-server';
import { cleanup, nodeOutput, prepareN8n, type N8nInstance, type WorkflowJson } from '../../helpers/n8n';
import { errorHandlerFor, ERROR_HANDLER_ID, readFailureLog } from './common-error-log';

const node = (
	id: string,
	name: string,
	type: string,
	typeVersion: number,
	position: [number, number],
	parameters: Record<string, unknown>,
) => ({ id, name, type, typeVersion, position, parameters });

/** A stand-in sync: two failed items, shaped as the templates shape them, sent to the handler. */
const failingSync: WorkflowJson = {
	id: 'e2eErrFailSync01',
	name: 'e2e: a sync with two failed items',
	nodes: [
		node('2f0c1d6e-0000-4000-a000-000000000001', 'Manual', 'n8n-nodes-base.manualTrigger', 1, [0, 0], {}),
		node('2f0c1d6e-0000-4000-a000-000000000002', 'Failed Items', 'n8n-nodes-base.code', 2, [220, 0], {
			jsCode: [
				'return [',
				"  { json: { system: 'intacct', operation: 'AR Invoice upsert', record: 'INV-0042', error: 'BL03000018 Customer C-9 not found', payload: { _id: 'inv42', total: 120 }, workflow: 'e2e sync' } },",
				"  { json: { system: 'officernd', operation: 'map invoice', record: 'INV-0043', error: 'No row in accounts for 4999', payload: { _id: 'inv43' }, workflow: 'e2e sync' } },",
				'];',
			].join('\n'),
		}),
		node(
			'2f0c1d6e-0000-4000-a000-000000000003',
			'Send to Error Handler',
			'n8n-nodes-base.executeWorkflow',
			1.2,
			[440, 0],
			{
				source: 'database',
				workflowId: { __rl: true, mode: 'id', value: ERROR_HANDLER_ID },
				mode: 'once',
				workflowInputs: {
					mappingMode: 'defineBelow',
					value: {},
					matchingColumns: [],
					schema: [],
					attemptToConvertTypes: false,
					convertFieldsToString: true,
				},
				options: { waitForSubWorkflow: true },
			},
		),
	],
	connections: {
		Manual: { main: [[{ node: 'Failed Items', type: 'main', index: 0 }]] },
		'Failed Items': { main: [[{ node: 'Send to Error Handler', type: 'main', index: 0 }]] },
	},
	settings: { executionOrder: 'v1' },
};

let n8n: N8nInstance;
const logDir = mkdtempSync(path.join(tmpdir(), 'sync-failures-'));

beforeAll(async () => {
	n8n = await prepareN8n();
	const handler = errorHandlerFor(logDir);
	await n8n.importWorkflow([handler, failingSync]);
	await n8n.publishWorkflow(ERROR_HANDLER_ID);
});

afterAll(async () => {
	await cleanup();
});

describe('error handler (workflows/common/error-handler.json)', () => {
	it('appends every failed item a sync sends it to the failure log, with system, record, error and payload', async () => {
		const run = await n8n.executeWorkflow(failingSync.id!);
		expect(run.errorMessage).toBeUndefined();
		const lines = readFailureLog(logDir);
		expect(lines.map((r) => [r.system, r.record, r.operation, r.error, r.status, r.workflow])).toEqual([
			['intacct', 'INV-0042', 'AR Invoice upsert', 'BL03000018 Customer C-9 not found', 'open', 'e2e sync'],
			['officernd', 'INV-0043', 'map invoice', 'No row in accounts for 4999', 'open', 'e2e sync'],
		]);
		expect(JSON.parse(String(lines[0]!.payload))).toEqual({ _id: 'inv42', total: 120 });
		expect(lines.every((r) => !Number.isNaN(Date.parse(String(r.failedAt))))).toBe(true);
		expect(nodeOutput(run, 'Send to Error Handler').length).toBeGreaterThan(0);
		expect(readFileSync(path.join(logDir, 'sync-failures.jsonl'), 'utf8').endsWith('\n')).toBe(true);
	});

	it('appends, never overwrites: a second failing run adds its lines after the first', async () => {
		const before = readFailureLog(logDir).length;
		const run = await n8n.executeWorkflow(failingSync.id!);
		expect(run.errorMessage).toBeUndefined();
		expect(readFailureLog(logDir).length).toBe(before + 2);
	});
});

describe('error handler notifies a chosen address', () => {
	/** A local SMTP server (127.0.0.1 only) standing in for the user's mail relay. */
	const mails: Array<{ from: string; to: string[]; raw: string }> = [];
	const smtp = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		size: 1_000_000,
		onData(stream, session, done) {
			const chunks: Buffer[] = [];
			stream.on('data', (c: Buffer) => chunks.push(c));
			stream.on('end', () => {
				const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
				mails.push({
					from,
					to: session.envelope.rcptTo.map((r) => r.address),
					raw: Buffer.concat(chunks).toString('utf8'),
				});
				done();
			});
		},
	});

	afterAll(async () => {
		await new Promise<void>((resolve) => smtp.close(() => resolve()));
	});

	it('with Notify by Email enabled and an SMTP credential, one mail per failing run lists every failed item', async () => {
		await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', () => resolve()));
		const port = (smtp.server.address() as AddressInfo).port;
		// A fresh n8n user folder: a published workflow cannot be re-imported over.
		const n8n = await prepareN8n();
		await n8n.importCredentials([
			{
				id: 'e2eSmtpLocal0001',
				name: 'Local SMTP (e2e)',
				type: 'smtp',
				data: { user: '', password: '', host: '127.0.0.1', port, secure: false, disableStartTls: true },
			},
		]);
		// What the sticky note tells a user to do: enable the node, pick the credential, set the address.
		const handler = errorHandlerFor(logDir);
		const notify = (handler.nodes as Array<Record<string, any>>).find((n) => n.name === 'Notify by Email')!;
		expect(notify.disabled).toBe(true); // as shipped: no mail without the user's SMTP
		delete notify.disabled;
		notify.parameters.toEmail = 'finance-alerts@example.test';
		notify.credentials = { smtp: { id: 'e2eSmtpLocal0001', name: 'Local SMTP (e2e)' } };
		await n8n.importWorkflow([handler, failingSync]);
		await n8n.publishWorkflow(ERROR_HANDLER_ID);

		const before = readFailureLog(logDir).length;
		const run = await n8n.executeWorkflow(failingSync.id!);
		expect(run.errorMessage).toBeUndefined();
		expect(readFailureLog(logDir).length).toBe(before + 2);
		const until = Date.now() + 30_000;
		while (mails.length === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 250));
		expect(mails).toHaveLength(1);
		const mail = mails[0]!;
		expect(mail.to).toEqual(['finance-alerts@example.test']);
		expect(mail.from).toBe('n8n-sync@example.com');
		// Quoted-printable soft line breaks and escapes undone, so the text reads as sent.
		const text = mail.raw
			.replace(/=\r?\n/g, '')
			.replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
		expect(text).toMatch(/^Subject: 2 sync item\(s\) failed in e2e sync\r?$/m);
		expect(text).toContain('intacct INV-0042 (AR Invoice upsert): BL03000018 Customer C-9 not found');
		expect(text).toContain('officernd INV-0043 (map invoice): No row in accounts for 4999');
	});
});
