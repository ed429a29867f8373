/**
 * Issue 20: a stopped list read is logged ONCE. A template whose list read fails logs that read
 * itself ("Log Read Failure" → the handler) and then ends the run with "Stop: Read Failed"; when
 * the error handler is also the template's error workflow (Settings → Error workflow), its Error
 * Trigger must not log the stopped run a second time. Any other whole-run failure is still logged by
 * the Error Trigger. Real n8n, production path: the stand-in syncs are published and started by a
 * webhook in a started n8n (n8n does not start an error workflow after a failed manual run).
 */
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { cleanup, prepareN8n, type N8nInstance, type RunningN8n, type WorkflowJson } from '../../helpers/n8n';
import { errorHandlerFor, ERROR_HANDLER_ID, readFailureLog } from './common-error-log';

const node = (
	id: string,
	name: string,
	type: string,
	typeVersion: number,
	position: [number, number],
	parameters: Record<string, unknown>,
) => ({ id, name, type, typeVersion, position, parameters });

/** A stand-in sync shaped as the templates' read-failure path: Describe → Log Read Failure → a stop node. */
function stoppedSync(id: string, stopName: string): WorkflowJson {
	return {
		id,
		name: `e2e: a sync stopped by "${stopName}"`,
		nodes: [
			{
				...node(`${id}-0001`, 'Manual', 'n8n-nodes-base.webhook', 2, [0, 0], {
					httpMethod: 'POST',
					path: id,
					responseMode: 'onReceived',
					options: {},
				}),
				webhookId: `${id}-hook`,
			},
			node(`${id}-0002`, 'Describe: Get Charges Failed', 'n8n-nodes-base.code', 2, [220, 0], {
				jsCode:
					"return [{ json: { system: 'officernd', operation: 'read: Get Charges', record: 'every charge not read', error: 'HTTP 503 after 6 attempts — Fix: run again once OfficeRnD answers', workflow: 'e2e sync' } }];",
			}),
			node(`${id}-0003`, 'Log Read Failure', 'n8n-nodes-base.executeWorkflow', 1.2, [440, 0], {
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
			}),
			node(`${id}-0004`, stopName, 'n8n-nodes-base.stopAndError', 1, [660, 0], {
				errorMessage: 'A read failed (read: Get Charges): the run stopped.',
			}),
		],
		connections: {
			Manual: { main: [[{ node: 'Describe: Get Charges Failed', type: 'main', index: 0 }]] },
			'Describe: Get Charges Failed': { main: [[{ node: 'Log Read Failure', type: 'main', index: 0 }]] },
			'Log Read Failure': { main: [[{ node: stopName, type: 'main', index: 0 }]] },
		},
		settings: { executionOrder: 'v1', errorWorkflow: ERROR_HANDLER_ID },
	};
}

const readStop = stoppedSync('e2eErrOnceRead01', 'Stop: Read Failed');
const otherStop = stoppedSync('e2eErrOnceOthr01', 'Stop: Something Else');

let n8n: N8nInstance;
let server: RunningN8n;
const logDir = mkdtempSync(path.join(tmpdir(), 'sync-failures-once-'));

/** Waits until the log has `count` lines or `ms` passed (the error workflow runs after the run ends). */
async function logLines(count: number, ms = 60_000) {
	const until = Date.now() + ms;
	while (readFailureLog(logDir).length < count && Date.now() < until) await new Promise((r) => setTimeout(r, 500));
	return readFailureLog(logDir);
}

beforeAll(async () => {
	n8n = await prepareN8n();
	await n8n.importWorkflow([errorHandlerFor(logDir), readStop, otherStop]);
	server = await n8n.startN8n({ publish: [ERROR_HANDLER_ID, readStop.id!, otherStop.id!] });
});

/** Starts a published stand-in sync through its production webhook (mode 'webhook'). */
async function trigger(wf: WorkflowJson): Promise<void> {
	const res = await fetch(`${server.url}webhook/${wf.id!}`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: '{}',
	});
	expect(res.status).toBe(200);
}

afterAll(async () => {
	await cleanup();
});

describe('error handler: a stopped read is logged once', () => {
	it('another whole-run failure still reaches the failure log through the Error Trigger (so this path runs)', async () => {
		await trigger(otherStop);
		// The template's own entry, then the Error Trigger's for the run stopped at "Stop: Something Else".
		const lines = await logLines(2);
		expect(lines.map((l) => l.operation)).toEqual([
			'read: Get Charges',
			'workflow run stopped at Stop: Something Else',
		]);
	});

	it('a run ended by "Stop: Read Failed": exactly one entry, the template\'s own (read, system, fix)', async () => {
		const before = readFailureLog(logDir).length;
		await trigger(readStop);
		// The template's own entry first; then give the error workflow time to append a second one, if it were to.
		await logLines(before + 1);
		await logLines(before + 2, 20_000);
		const added = readFailureLog(logDir).slice(before);
		expect(added.map((l) => [l.system, l.operation])).toEqual([['officernd', 'read: Get Charges']]);
		expect(String(added[0]!.error)).toMatch(/Fix:/);
	});
});
