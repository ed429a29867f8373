/**
 * Proves the in-process engine (test/helpers/engine.ts): a tiny programmatic node goes through
 * n8n-core's real WorkflowExecute, authenticates via the credentials helper and talks to a
 * local HTTP server on 127.0.0.1 (and to nock).
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import nock from 'nock';
import {
	NodeApiError,
	NodeConnectionTypes,
	type ICredentialDataDecryptedObject,
	type ICredentialType,
	type IExecuteFunctions,
	type IHttpRequestOptions,
	type INodeExecutionData,
	type INodeType,
	type INodeTypeDescription,
} from 'n8n-workflow';

import { connectChain, MANUAL_TRIGGER, runWorkflow, type RunWorkflowOptions } from '../helpers/engine';

// --- a tiny credential type with an async function `authenticate` -----------------------------

const demoApi: ICredentialType = {
	name: 'demoApi',
	displayName: 'Demo API',
	properties: [
		{ displayName: 'API Key', name: 'apiKey', type: 'string', typeOptions: { password: true }, default: '' },
		{ displayName: 'Tenant', name: 'tenant', type: 'string', default: 'default-tenant' },
	],
	authenticate: async (credentials: ICredentialDataDecryptedObject, request: IHttpRequestOptions) => {
		await new Promise((resolve) => setImmediate(resolve));
		return {
			...request,
			headers: {
				...request.headers,
				'x-api-key': `key:${credentials.apiKey as string}`,
				'x-tenant': credentials.tenant as string,
			},
		};
	},
};

// ... and one with a generic (declarative, expression-based) `authenticate`
const demoBearerApi: ICredentialType = {
	name: 'demoBearerApi',
	displayName: 'Demo Bearer API',
	properties: [{ displayName: 'Token', name: 'token', type: 'string', default: '' }],
	authenticate: {
		type: 'generic',
		properties: { headers: { Authorization: '=Bearer {{$credentials.token}}' } },
	},
};

// --- a tiny programmatic node: GET url per item, route `flagged` rows to a second output -----

class DemoNode implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Demo',
		name: 'demo',
		group: ['transform'],
		version: 1,
		description: 'Engine test node',
		defaults: { name: 'Demo' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main, NodeConnectionTypes.Main],
		outputNames: ['rows', 'flagged'],
		credentials: [
			{ name: 'demoApi', required: true, displayOptions: { show: { auth: ['apiKey'] } } },
			{ name: 'demoBearerApi', required: true, displayOptions: { show: { auth: ['bearer'] } } },
		],
		properties: [
			{
				displayName: 'Auth',
				name: 'auth',
				type: 'options',
				options: [
					{ name: 'API Key', value: 'apiKey' },
					{ name: 'Bearer', value: 'bearer' },
				],
				default: 'apiKey',
			},
			{ displayName: 'URL', name: 'url', type: 'string', default: '' },
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const rows: INodeExecutionData[] = [];
		const flagged: INodeExecutionData[] = [];
		const staticData = this.getWorkflowStaticData('node');
		staticData.calls = ((staticData.calls as number | undefined) ?? 0) + 1;

		const items = this.getInputData();
		for (let i = 0; i < items.length; i++) {
			const auth = this.getNodeParameter('auth', i) as string;
			const url = this.getNodeParameter('url', i) as string;
			try {
				const body = (await this.helpers.httpRequestWithAuthentication.call(
					this,
					auth === 'bearer' ? 'demoBearerApi' : 'demoApi',
					{ method: 'GET', url, json: true },
				)) as { rows: Array<{ id: number; flagged?: boolean }> };
				for (const row of body.rows) {
					(row.flagged ? flagged : rows).push({ json: { ...row, call: staticData.calls }, pairedItem: { item: i } });
				}
			} catch (error) {
				if (this.continueOnFail()) {
					// only `error`/`message`/`details` keys: n8n then treats it as an error item
					rows.push({
						json: {
							error: (error as Error).message,
							details: {
								httpCode: (error as NodeApiError).httpCode ?? null,
								isNodeApiError: error instanceof NodeApiError,
							},
						},
						pairedItem: { item: i },
					});
					continue;
				}
				throw error;
			}
		}
		return [rows, flagged];
	}
}

// --- a local HTTP server on 127.0.0.1 that records request headers ----------------------------

let server: Server;
let baseUrl: string;
const seen: IncomingHttpHeaders[] = [];

beforeAll(async () => {
	server = createServer((req, res) => {
		seen.push(req.headers);
		if (req.url === '/rows') {
			res.writeHead(200, { 'content-type': 'application/json' });
			res.end(JSON.stringify({ rows: [{ id: 1 }, { id: 2, flagged: true }, { id: 3 }] }));
		} else {
			res.writeHead(500, { 'content-type': 'application/json' });
			res.end(JSON.stringify({ message: 'boom' }));
		}
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
	await new Promise((resolve) => server.close(resolve));
});

beforeEach(() => {
	seen.length = 0;
});

afterEach(() => {
	nock.cleanAll();
	nock.enableNetConnect();
});

function demoWorkflow(
	path: string,
	extra: Record<string, unknown> = {},
	parameters: Record<string, string> = {},
): RunWorkflowOptions {
	return {
		workflow: {
			nodes: [
				{ name: 'Start', type: MANUAL_TRIGGER },
				{
					name: 'Demo',
					type: 'n8n-nodes-intacct-sync.demo',
					parameters: { url: `${baseUrl}${path}`, ...parameters },
					...extra,
				},
				{ name: 'Rows', type: 'n8n-nodes-base.noOp' },
				{ name: 'Flagged', type: 'n8n-nodes-base.noOp' },
			],
			connections: {
				...connectChain('Start', 'Demo'),
				Demo: {
					main: [
						[{ node: 'Rows', type: NodeConnectionTypes.Main, index: 0 }],
						[{ node: 'Flagged', type: NodeConnectionTypes.Main, index: 0 }],
					],
				},
			},
		},
		nodeTypes: { 'n8n-nodes-intacct-sync.demo': new DemoNode() },
		credentialTypes: { demoApi, demoBearerApi },
		credentials: { demoApi: { apiKey: 's3cret' }, demoBearerApi: { token: 'tok-1' } },
	};
}

describe('engine: real WorkflowExecute in-process', () => {
	it('runs manual trigger -> custom node -> two outputs, authenticating with an async authenticate()', async () => {
		const result = await runWorkflow(demoWorkflow('/rows'));

		expect(result.error).toBeUndefined();
		expect(result.status).toBe('success');
		expect(result.executionOrder).toEqual(['Start', 'Demo', 'Rows', 'Flagged']);
		expect(result.nodeOutput('Demo', 0)).toEqual([
			{ id: 1, call: 1 },
			{ id: 3, call: 1 },
		]);
		expect(result.nodeOutput('Demo', 1)).toEqual([{ id: 2, flagged: true, call: 1 }]);
		expect(result.nodeOutput('Rows')).toEqual([
			{ id: 1, call: 1 },
			{ id: 3, call: 1 },
		]);
		expect(result.nodeOutput('Flagged')).toEqual([{ id: 2, flagged: true, call: 1 }]);

		// authenticate() ran, with the credential type's default filled in for `tenant`
		expect(seen).toHaveLength(1);
		expect(seen[0]['x-api-key']).toBe('key:s3cret');
		expect(seen[0]['x-tenant']).toBe('default-tenant');
	});

	it('applies a generic (expression) authenticate', async () => {
		const result = await runWorkflow(demoWorkflow('/rows', {}, { auth: 'bearer' }));

		expect(result.status).toBe('success');
		expect(seen).toHaveLength(1);
		expect(seen[0].authorization).toBe('Bearer tok-1');
		expect(seen[0]['x-api-key']).toBeUndefined();
	});

	it('keeps workflow static data across runs', async () => {
		const first = await runWorkflow(demoWorkflow('/rows'));
		const second = await runWorkflow({
			...demoWorkflow('/rows'),
			workflow: { ...demoWorkflow('/rows').workflow, staticData: first.staticData },
		});

		expect(first.nodeOutput('Rows')[0].call).toBe(1);
		expect(second.nodeOutput('Rows')[0].call).toBe(2);
		expect(second.staticData).toEqual({ 'node:Demo': { calls: 2 } });
	});

	it('turns an HTTP 500 into an error item when continueOnFail is on', async () => {
		const result = await runWorkflow(demoWorkflow('/explode', { onError: 'continueRegularOutput' }));

		expect(result.status).toBe('success');
		const [item] = result.nodeOutput('Demo');
		expect(item.error).toBe('The service was not able to process your request');
		// errors thrown by n8n-core's helpers are the very NodeApiError class our code imports
		expect(item.details).toEqual({ httpCode: '500', isNodeApiError: true });
		expect(result.nodeOutput('Rows')).toEqual([item]);
		expect(seen[0]['x-api-key']).toBe('key:s3cret');
	});

	it('routes an HTTP 500 to the error output with onError=continueErrorOutput', async () => {
		const options = demoWorkflow('/explode', { onError: 'continueErrorOutput' });
		options.workflow.nodes.push({ name: 'Errors', type: 'n8n-nodes-base.noOp' });
		(options.workflow.connections.Demo.main as unknown[]).push([
			{ node: 'Errors', type: NodeConnectionTypes.Main, index: 0 },
		]);

		const result = await runWorkflow(options);

		expect(result.status).toBe('success');
		expect(result.nodeOutput('Demo', 0)).toEqual([]);
		expect(result.nodeOutput('Demo', 2)).toHaveLength(1);
		expect(result.nodeOutput('Errors')).toEqual([
			{
				error: 'The service was not able to process your request',
				details: { httpCode: '500', isNodeApiError: true },
			},
		]);
		expect(result.runData.Rows).toBeUndefined();
	});

	it('fails the run on an HTTP 500 without continueOnFail', async () => {
		const result = await runWorkflow(demoWorkflow('/explode'));

		expect(result.status).toBe('error');
		expect(result.error).toBeDefined();
		expect(result.error?.message).toBe('The service was not able to process your request');
		expect(result.taskData('Demo').error).toMatchObject({ httpCode: '500', description: 'boom' });
		expect(result.taskData('Demo').executionStatus).toBe('error');
		expect(result.runData.Rows).toBeUndefined();
		expect(() => result.nodeOutput('Rows')).toThrow(/Node "Rows" has no run/);
	});

	it('works against nock as well', async () => {
		nock.disableNetConnect();
		const scope = nock('https://demo.example.test')
			.get('/rows')
			.matchHeader('x-api-key', 'key:from-nock')
			.reply(200, { rows: [{ id: 42 }] });

		const options = demoWorkflow('/unused', {}, { url: 'https://demo.example.test/rows' });
		const result = await runWorkflow({ ...options, credentials: { demoApi: { apiKey: 'from-nock', tenant: 't' } } });

		expect(result.status).toBe('success');
		expect(result.nodeOutput('Rows')).toEqual([{ id: 42, call: 1 }]);
		scope.done();
	});

	it('reports a missing credential as a node error', async () => {
		const result = await runWorkflow({ ...demoWorkflow('/rows'), credentials: {} });

		expect(result.status).toBe('error');
		expect(result.taskData('Demo').error?.message).toMatch(/credentials/i);
		expect(seen).toHaveLength(0);
	});
});
