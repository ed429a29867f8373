/**
 * The shared error handler's failure path ends green wherever n8n runs (issue 13 item 3).
 *   - As shipped, on a plain `npx n8n` (no N8N_RESTRICT_FILE_ACCESS_TO, no /home/node/.n8n-files):
 *     the log cannot be written, yet the run ends green and the failure is kept in the run's data
 *     with the reason and the fix. Before, "Append to Failure Log" failed the run ("The file or
 *     directory does not exist"), so even a voided invoice made a template run red.
 *   - As `npm start` imports it (scripts/start.js localizeTemplate + its N8N_RESTRICT_FILE_ACCESS_TO):
 *     the failure log is written on any OS.
 */
import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { cleanup, nodeOutput, prepareN8n, type N8nInstance, type WorkflowJson } from '../../helpers/n8n';
import { loadTemplate } from '../../helpers/templates';
import { ERROR_HANDLER_ID, readFailureLog } from '../templates/common-error-log';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { localizeTemplate } = require('../../../scripts/start.js') as {
	localizeTemplate(wf: WorkflowJson, dir: string): WorkflowJson;
};

const node = (
	id: string,
	name: string,
	type: string,
	typeVersion: number,
	position: [number, number],
	parameters: Record<string, unknown>,
) => ({ id, name, type, typeVersion, position, parameters });

const failingSync: WorkflowJson = {
	id: 'e2eErrPathSync01',
	name: 'e2e: a sync with one failed item',
	nodes: [
		node('3a0c1d6e-0000-4000-a000-000000000001', 'Manual', 'n8n-nodes-base.manualTrigger', 1, [0, 0], {}),
		node('3a0c1d6e-0000-4000-a000-000000000002', 'Failed Item', 'n8n-nodes-base.set', 3.4, [220, 0], {
			mode: 'raw',
			jsonOutput: JSON.stringify({
				system: 'officernd',
				operation: 'AR Invoice upsert',
				record: 'INV-0099',
				error: 'Voided invoices are not synced',
				payload: { _id: 'inv99' },
				workflow: 'e2e sync',
			}),
			options: {},
		}),
		node(
			'3a0c1d6e-0000-4000-a000-000000000003',
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
		Manual: { main: [[{ node: 'Failed Item', type: 'main', index: 0 }]] },
		'Failed Item': { main: [[{ node: 'Send to Error Handler', type: 'main', index: 0 }]] },
	},
	settings: { executionOrder: 'v1' },
};

afterAll(async () => {
	await cleanup();
});

describe('error handler failure log paths', () => {
	let plain: N8nInstance;

	it('as shipped, on a plain n8n without the Docker folder: green, the failure kept with the reason and the fix', async () => {
		delete process.env.N8N_RESTRICT_FILE_ACCESS_TO;
		plain = await prepareN8n();
		await plain.importWorkflow([loadTemplate('common/error-handler.json'), failingSync]);
		await plain.publishWorkflow(ERROR_HANDLER_ID);
		const run = await plain.executeWorkflow(failingSync.id!);
		expect(run.errorMessage).toBeUndefined();
		const out = nodeOutput(run, 'Send to Error Handler');
		expect(out).toHaveLength(1);
		expect(out[0]!.failure).toEqual(
			expect.objectContaining({ system: 'officernd', record: 'INV-0099', error: 'Voided invoices are not synced' }),
		);
		expect(String(out[0]!.logNotWritten)).toMatch(
			/\/home\/node\/\.n8n-files\/sync-failures\.jsonl could not be written/,
		);
		expect(String(out[0]!.logNotWritten)).toMatch(/mkdir ~\/\.n8n-files/);
	});

	it('as npm start imports it: the failure log is written in the folder n8n may write to', async () => {
		const filesDir = mkdtempSync(path.join(tmpdir(), 'n8n-files-'));
		const local = await prepareN8n({ env: { N8N_RESTRICT_FILE_ACCESS_TO: filesDir } });
		await local.importWorkflow([localizeTemplate(loadTemplate('common/error-handler.json'), filesDir), failingSync]);
		await local.publishWorkflow(ERROR_HANDLER_ID);
		const run = await local.executeWorkflow(failingSync.id!);
		expect(run.errorMessage).toBeUndefined();
		expect(readFailureLog(filesDir).map((r) => [r.system, r.record, r.error])).toEqual([
			['officernd', 'INV-0099', 'Voided invoices are not synced'],
		]);
		expect(nodeOutput(run, 'Send to Error Handler')[0]!.logNotWritten).toBeUndefined();
	});
});
