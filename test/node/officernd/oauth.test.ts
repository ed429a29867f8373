import nock from 'nock';
import { DEFAULT_SCOPES } from '../../../nodes/OfficeRnd/transport/contract';
import { runOfficeRndWith } from './oauthHelper';

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe("n8n's OAuth2 client-credentials request, as OfficeRnD documents it", () => {
	it('posts client_id, client_secret, grant_type and the scopes form-encoded in the body, then sends the bearer token', async () => {
		let tokenRequest: { body: string; headers: Record<string, unknown> } | undefined;
		nock('https://identity.officernd.com')
			.post('/oauth/token')
			.reply(function (_uri, body) {
				tokenRequest = {
					body: String(
						typeof body === 'string' ? body : new URLSearchParams(body as Record<string, string>).toString(),
					),
					headers: this.req.headers,
				};
				return [200, { access_token: 'tok-123', token_type: 'Bearer', expires_in: 3599, scope: DEFAULT_SCOPES }];
			});
		nock('https://app.officernd.com')
			.get('/api/v2/organizations/acme/locations')
			.query({ $limit: '50' })
			.matchHeader('authorization', 'Bearer tok-123')
			.reply(200, { results: [{ _id: '66a0c0ffee1000000000000001', name: 'London' }], cursorNext: null });

		const run = await runOfficeRndWith(
			{ clientId: 'cid', clientSecret: 'csecret', orgSlug: 'acme' },
			{ resource: 'location', operation: 'getAll', returnAll: true },
		);
		expect(run.status).toBe('success');
		expect(run.nodeOutput('OfficeRnD')).toEqual([{ _id: '66a0c0ffee1000000000000001', name: 'London' }]);
		const form = new URLSearchParams(tokenRequest!.body);
		expect(String(tokenRequest!.headers['content-type'])).toContain('application/x-www-form-urlencoded');
		expect(form.get('grant_type')).toBe('client_credentials');
		expect(form.get('client_id')).toBe('cid');
		expect(form.get('client_secret')).toBe('csecret');
		expect(form.get('scope')).toBe(DEFAULT_SCOPES);
		expect(tokenRequest!.headers.authorization).toBeUndefined();
	});
});
