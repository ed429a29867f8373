import { startSandbox, type Sandbox } from '../../../sandbox/server';
import { INTACCT_SEED_CUSTOMERS } from '../../../sandbox/intacct/seed';
import { connectChain, MANUAL_TRIGGER, runWorkflow } from '../../helpers/engine';
import { INTACCT_NODE_TYPE, intacctEngineOptions } from '../../helpers/intacct';

let sandbox: Sandbox;
beforeAll(async () => {
	sandbox = await startSandbox({ port: 0 });
});
afterAll(async () => {
	await sandbox.close();
});
beforeEach(() => sandbox.reset());

const workflow = (parameters: Record<string, unknown>) => ({
	nodes: [
		{ name: 'Start', type: MANUAL_TRIGGER },
		{
			name: 'Intacct',
			type: INTACCT_NODE_TYPE,
			parameters: { resource: 'customer', operation: 'getAll', ...parameters },
		},
	],
	connections: connectChain('Start', 'Intacct'),
});

describe('Sage Intacct > Customer > Get Many (in n8n’s engine, against the sandbox)', () => {
	it('with Top Level Only, returns every seeded customer the top level sees (the shared ones, reference §1.7) across readMore pages', async () => {
		const run = await runWorkflow({
			workflow: workflow({ returnAll: true, requestSettings: {}, options: { entityScope: 'topOnly' } }),
			...intacctEngineOptions(sandbox),
		});
		expect(run.status).toBe('success');
		const ids = run.nodeOutput('Intacct').map((c) => c.CUSTOMERID);
		expect(ids).toEqual(INTACCT_SEED_CUSTOMERS.filter((c) => !c.fields.MEGAENTITYID).map((c) => c.fields.CUSTOMERID));
	});

	it('honours Limit and filters, and pairs every output with its input', async () => {
		const run = await runWorkflow({
			workflow: workflow({ returnAll: false, limit: 3, filters: { status: 'active' } }),
			...intacctEngineOptions(sandbox),
		});
		const items = run.nodeItems('Intacct');
		expect(items).toHaveLength(3);
		expect(items.every((i) => i.json.STATUS === 'active')).toBe(true);
		expect(items.every((i) => (i.pairedItem as { item: number }).item === 0)).toBe(true);
	});

	it('a wrong user password fails with Intacct’s own error, without leaking it', async () => {
		const run = await runWorkflow({
			workflow: workflow({ returnAll: true }),
			...intacctEngineOptions(sandbox, { userPassword: 'wrong-password-123' }),
		});
		expect(run.status).toBe('error');
		const text = JSON.stringify(run.runData);
		expect(text).toMatch(/XL03000006/);
		expect(text).not.toContain('wrong-password-123');
		expect(text).not.toContain('sandbox-sender-pass');
	});
});
