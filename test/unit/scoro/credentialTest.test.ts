import { scoroApiTest } from '../../../nodes/Scoro/methods/credentialTest';
import { startSandbox, type Sandbox } from '../../../sandbox/server';
import { createScoroSystem, SCORO_SANDBOX_CREDENTIALS } from '../../../sandbox/scoro';

let sandbox: Sandbox;
beforeAll(async () => {
	sandbox = await startSandbox({ port: 0, systems: [createScoroSystem] });
});
afterAll(async () => sandbox.close());

/** The legacy `request` helper n8n gives credential tests, enough of it for this test. */
const ctx = {
	helpers: {
		async request(opts: { method: string; uri: string; body: unknown }) {
			const res = await fetch(opts.uri, {
				method: opts.method,
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify(opts.body),
			});
			const text = await res.text();
			let body: unknown = text;
			try {
				body = JSON.parse(text);
			} catch {
				/* HTML stays text */
			}
			return { statusCode: res.status, body };
		},
	},
};

const test = (data: Record<string, string>) =>
	scoroApiTest.call(ctx as never, {
		id: '1',
		name: 'c',
		type: 'scoroApi',
		data: { siteUrl: sandbox.systemUrl('scoro'), ...SCORO_SANDBOX_CREDENTIALS, ...data },
	});

describe('Scoro credential test (lists users)', () => {
	it('reports success with the right key', async () => {
		expect(await test({})).toEqual({ status: 'OK', message: expect.stringMatching(/listed its users/) });
	});
	it("reports Scoro's own message for a wrong key, without echoing it", async () => {
		const result = await test({ apiKey: 'ScoroAPI_wrong_key_123' });
		expect(result.status).toBe('Error');
		expect(result.message).toContain('Invalid API key');
		expect(result.message).not.toContain('ScoroAPI_wrong_key_123');
	});
	it('explains a bad site URL', async () => {
		const result = await test({ siteUrl: 'not a url' });
		expect(result).toMatchObject({
			status: 'Error',
			message: expect.stringMatching(/neither a subdomain nor an http/),
		});
	});
});
