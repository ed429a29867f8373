/**
 * Smoke test of the e2e harness itself, with n8n base nodes only: import + execute in real n8n,
 * and a published webhook workflow in a started n8n.
 */
import { cleanup, nodeOutput, prepareN8n, type N8nInstance, type WorkflowJson } from '../helpers/n8n';

const manualSet: WorkflowJson = {
	id: 'harnessSmokeSet1',
	name: 'Harness smoke: manual -> set',
	nodes: [
		{
			id: '6f1b3a52-0c39-4c51-9a7d-1b3e7f9a0001',
			name: 'Manual',
			type: 'n8n-nodes-base.manualTrigger',
			typeVersion: 1,
			position: [0, 0],
			parameters: {},
		},
		{
			id: '6f1b3a52-0c39-4c51-9a7d-1b3e7f9a0002',
			name: 'Set',
			type: 'n8n-nodes-base.set',
			typeVersion: 3.4,
			position: [220, 0],
			parameters: {
				mode: 'manual',
				assignments: {
					assignments: [
						{ id: 'a1', name: 'greeting', value: 'hello', type: 'string' },
						{ id: 'a2', name: 'answer', value: '={{ 6 * 7 }}', type: 'number' },
					],
				},
				options: {},
			},
		},
	],
	connections: { Manual: { main: [[{ node: 'Set', type: 'main', index: 0 }]] } },
	settings: { executionOrder: 'v1' },
};

const webhookEcho: WorkflowJson = {
	id: 'harnessSmokeHook',
	name: 'Harness smoke: webhook echo',
	nodes: [
		{
			id: '6f1b3a52-0c39-4c51-9a7d-1b3e7f9a0011',
			name: 'Webhook',
			type: 'n8n-nodes-base.webhook',
			typeVersion: 2,
			position: [0, 0],
			webhookId: '0b6a3d1e-7f7c-4f4e-9a55-5a1d2c3b4e01',
			parameters: { httpMethod: 'POST', path: 'harness-echo', responseMode: 'lastNode', options: {} },
		},
		{
			id: '6f1b3a52-0c39-4c51-9a7d-1b3e7f9a0012',
			name: 'Reply',
			type: 'n8n-nodes-base.set',
			typeVersion: 3.4,
			position: [220, 0],
			parameters: {
				mode: 'manual',
				assignments: {
					assignments: [
						{ id: 'b1', name: 'echo', value: '={{ $json.body.ping }}', type: 'string' },
						{ id: 'b2', name: 'ok', value: true, type: 'boolean' },
					],
				},
				options: {},
			},
		},
	],
	connections: { Webhook: { main: [[{ node: 'Reply', type: 'main', index: 0 }]] } },
	settings: { executionOrder: 'v1' },
};

describe('e2e harness (real n8n, base nodes only)', () => {
	let n8n: N8nInstance;

	beforeAll(async () => {
		n8n = await prepareN8n();
		await n8n.importWorkflow([manualSet, webhookEcho]);
	});

	afterAll(() => cleanup());

	it('imports and executes a manual workflow', async () => {
		const run = await n8n.executeWorkflow(manualSet.id!);
		expect(run.status).toBe('success');
		expect(nodeOutput(run, 'Set')).toEqual([{ greeting: 'hello', answer: 42 }]);
	});

	it('reports a failing workflow as a run with status error', async () => {
		const failing: WorkflowJson = {
			...manualSet,
			id: 'harnessSmokeFail',
			name: 'Harness smoke: failing',
			nodes: [
				manualSet.nodes[0],
				{
					id: '6f1b3a52-0c39-4c51-9a7d-1b3e7f9a0003',
					name: 'Stop',
					type: 'n8n-nodes-base.stopAndError',
					typeVersion: 1,
					position: [220, 0],
					parameters: { errorMessage: 'planned failure' },
				},
			],
			connections: { Manual: { main: [[{ node: 'Stop', type: 'main', index: 0 }]] } },
		};
		await n8n.importWorkflow(failing);
		const run = await n8n.executeWorkflow(failing.id!);
		expect(run.status).toBe('error');
		expect(run.errorMessage).toContain('planned failure');
	});

	it('serves a published webhook workflow from a started n8n', async () => {
		const server = await n8n.startN8n({ publish: [webhookEcho.id!] });
		try {
			expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
			expect(server.activated).toContain(webhookEcho.id);
			const res = await fetch(`${server.url}webhook/harness-echo`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({ ping: 'pong' }),
			});
			expect(res.status).toBe(200);
			expect(await res.json()).toEqual({ echo: 'pong', ok: true });
		} finally {
			await server.stop();
		}
	});
});
