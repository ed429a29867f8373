/** The credential: required base URL without a default, token header, and the test request's target. */
import { Workflow, type INode, type INodeTypes, type IWorkflowDataProxyAdditionalKeys } from 'n8n-workflow';
import { ReLeasedApi } from '../../../credentials/ReLeasedApi.credentials';
import { AUTH, CREDENTIAL_TEST, normaliseBaseUrl } from '../../../nodes/ReLeased/transport/contract';
import { startSandbox, type Sandbox } from '../../../sandbox/server';
import { createReLeasedSystem, SANDBOX_API_TOKEN } from '../../../sandbox/released';

let sandbox: Sandbox;
beforeAll(async () => {
	sandbox = await startSandbox({ port: 0, systems: [createReLeasedSystem] });
});
afterAll(async () => sandbox.close());

const credential = new ReLeasedApi();

describe('Re-Leased API credential', () => {
	it('requires a base URL and invents no default', () => {
		const baseUrl = credential.properties.find((p) => p.name === 'baseUrl')!;
		expect(baseUrl).toMatchObject({ required: true, default: '' });
		expect(credential.properties.find((p) => p.name === 'apiToken')).toMatchObject({
			required: true,
			typeOptions: { password: true },
		});
	});

	it('adds the token header, keeping other headers', async () => {
		const out = await credential.authenticate(
			{ apiToken: 'abc' },
			{ url: '/x', headers: { Accept: 'application/json' } },
		);
		expect(out.headers).toEqual({ Accept: 'application/json', [AUTH.defaultHeader]: `${AUTH.defaultPrefix}abc` });
	});

	it("n8n's expression for the test request's base URL trims spaces and trailing slashes", () => {
		const stub = { description: { properties: [] } };
		const nodeTypes = {
			getByName: () => stub,
			getByNameAndVersion: () => stub,
			getKnownTypes: () => ({}),
		} as unknown as INodeTypes;
		const node: INode = { id: '1', name: 'N', type: 'x', typeVersion: 1, position: [0, 0], parameters: {} };
		const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
		const resolve = (baseUrl: string) =>
			workflow.expression.getSimpleParameterValue(node, credential.test.request.baseURL, 'internal', {
				$credentials: { baseUrl },
			} as unknown as IWorkflowDataProxyAdditionalKeys);
		expect(resolve(' https://api.example/v1// ')).toBe('https://api.example/v1');
		expect(resolve('https://api.example')).toBe('https://api.example');
	});

	it('tests against a cheap read that the sandbox answers: 200 with the token, 401 without', async () => {
		const request = credential.test.request;
		expect(request.url).toBe(CREDENTIAL_TEST.path);
		// n8n evaluates the baseURL expression; it trims trailing slashes the same way as the node.
		expect(request.baseURL).toContain('replace(/\\/+$/, "")');
		const call = async (token: string) => {
			const auth = await credential.authenticate({ apiToken: token }, { url: request.url! });
			const url = new URL(normaliseBaseUrl(sandbox.systemUrl('released') + '/') + request.url);
			for (const [k, v] of Object.entries(request.qs ?? {})) url.searchParams.set(k, String(v));
			return await fetch(url, { headers: auth.headers as Record<string, string> });
		};
		const ok = await call(SANDBOX_API_TOKEN);
		expect(ok.status).toBe(200);
		expect(((await ok.json()) as { data: unknown[] }).data).toHaveLength(1);
		expect((await call('wrong-token')).status).toBe(401);
	});
});
