import type { ICredentialTestFunctions, ICredentialsDecrypted } from 'n8n-workflow';
import { officeRndOAuth2ApiTest } from '../../../nodes/OfficeRnd/methods/credentialTest';
import { createOfficeRndSystem, OFFICERND_SANDBOX_CREDENTIALS as C } from '../../../sandbox/officernd';
import { startSandbox, type Sandbox } from '../../../sandbox/server';

let sandbox: Sandbox;
beforeAll(async () => {
	sandbox = await startSandbox({ systems: [createOfficeRndSystem] });
});
afterAll(async () => await sandbox.close());

/** n8n gives credential tests only the legacy request helper; this mimics the options used. */
const ctx = {
	helpers: {
		async request(opts: {
			method: string;
			uri: string;
			form?: Record<string, string>;
			headers?: Record<string, string>;
		}) {
			const res = await fetch(opts.uri, {
				method: opts.method,
				headers: {
					...(opts.headers ?? {}),
					...(opts.form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
				},
				body: opts.form ? new URLSearchParams(opts.form).toString() : undefined,
			});
			return { statusCode: res.status, body: await res.text() };
		},
	},
} as unknown as ICredentialTestFunctions;

function credential(overrides: Record<string, string> = {}): ICredentialsDecrypted {
	const base = sandbox.systemUrl('officernd');
	return {
		id: 'c1',
		name: 'OfficeRnD',
		type: 'officeRndOAuth2Api',
		data: {
			clientId: C.clientId,
			clientSecret: C.clientSecret,
			orgSlug: C.orgSlug,
			accessTokenUrl: `${base}/oauth/token`,
			baseUrl: `${base}/api/v2`,
			scope: 'flex.space.locations.read',
			...overrides,
		},
	};
}

describe('OfficeRnD credential test', () => {
	it('succeeds with working credentials', async () => {
		expect(await officeRndOAuth2ApiTest.call(ctx, credential())).toEqual({
			status: 'OK',
			message: expect.stringContaining('Connection successful'),
		});
	});

	it('reports a wrong client secret without repeating it', async () => {
		const result = await officeRndOAuth2ApiTest.call(ctx, credential({ clientSecret: 'wrong-secret-42' }));
		expect(result.status).toBe('Error');
		expect(result.message).toContain('Client authentication failed');
		expect(result.message).not.toContain('wrong-secret-42');
	});

	it('reports a scope the application lacks, and a token without the scope the read needs', async () => {
		const lacking = await officeRndOAuth2ApiTest.call(
			ctx,
			credential({
				clientId: C.readOnly.clientId,
				clientSecret: C.readOnly.clientSecret,
				scope: 'flex.billing.charges.create',
			}),
		);
		expect(lacking).toMatchObject({ status: 'Error' });
		expect(lacking.message).toContain('flex.billing.charges.create');
		const narrow = await officeRndOAuth2ApiTest.call(ctx, credential({ scope: 'flex.billing.payments.read' }));
		expect(narrow.status).toBe('Error');
		expect(narrow.message).toContain('401 Unauthorized: Unauthorized access');
		expect(narrow.message).toContain('flex.space.locations.read');
	});

	it('points at the organisation slug when OfficeRnD does not know it', async () => {
		const result = await officeRndOAuth2ApiTest.call(ctx, credential({ orgSlug: 'nobody' }));
		expect(result.status).toBe('Error');
		expect(result.message).toContain('Organization not found');
		expect(result.message).toContain('organisation slug');
	});
});
