/** The trigger class run by n8n's engine in manual mode ("Fetch Test Event"): one sample record, cursor untouched. */
import { ReLeasedApi } from '../../../credentials/ReLeasedApi.credentials';
import { ReLeasedTrigger } from '../../../nodes/ReLeased/ReLeasedTrigger.node';
import { startSandbox, type Sandbox } from '../../../sandbox/server';
import { createReLeasedSystem, SANDBOX_API_TOKEN } from '../../../sandbox/released';
import { runWorkflow } from '../../helpers/engine';

const TYPE = 'n8n-nodes-intacct-sync.reLeasedTrigger';
let sandbox: Sandbox;
beforeAll(async () => {
	sandbox = await startSandbox({ port: 0, systems: [createReLeasedSystem] });
});
afterAll(async () => sandbox.close());

it('Fetch Test Event returns one record of the chosen type and filters, without moving the cursor', async () => {
	const staticData = { 'node:Invoice Changed': { invoice: { cursor: '2020-01-01T00:00:00.000Z', seen: [] } } };
	const result = await runWorkflow({
		workflow: {
			nodes: [
				{
					name: 'Invoice Changed',
					type: TYPE,
					parameters: {
						recordType: 'invoice',
						event: 'changed',
						filters: { type: 'Expense' },
						options: {},
						pollTimes: { item: [{ mode: 'everyMinute' }] },
					},
				},
			],
			connections: {},
			staticData,
		},
		nodeTypes: { [TYPE]: new ReLeasedTrigger() },
		credentialTypes: { reLeasedApi: new ReLeasedApi() },
		credentials: { reLeasedApi: { baseUrl: sandbox.systemUrl('released'), apiToken: SANDBOX_API_TOKEN } },
	});
	expect(result.status).toBe('success');
	const out = result.nodeOutput('Invoice Changed');
	expect(out).toHaveLength(1);
	expect(out[0]).toMatchObject({ type: 'Expense' });
	expect(sandbox.state.log.list({ system: 'released' }).some((e) => e.path === '/released/invoices')).toBe(true);
	expect((result.staticData['node:Invoice Changed'] as { invoice: { cursor: string } }).invoice.cursor).toBe(
		'2020-01-01T00:00:00.000Z',
	);
});
