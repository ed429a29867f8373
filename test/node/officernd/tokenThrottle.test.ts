import nock from 'nock';
import { runOfficeRndWith } from './oauthHelper';

/**
 * Issue 20 case 3: a burst of 429s from OfficeRnD's token endpoint (n8n fetches and refreshes the
 * client-credentials token itself) stopped the whole run at once with "Too Many Requests": n8n
 * throws the token endpoint's answer as its own error, where the shared retry did not see a 429.
 * Throttling is not failure: the token request is retried within the throttle budget.
 */
beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

const throttled = { statusCode: 429, message: 'ThrottlerException: Too Many Requests', error: 'Too Many Requests' };
const locations = { results: [{ _id: '66a0c0ffee1000000000000001', name: 'London' }], cursorNext: null };
const token = { access_token: 'tok-new', token_type: 'Bearer', expires_in: 3599 };

describe('OfficeRnD token endpoint throttled (issue 20 case 3)', () => {
	it('first token fetch: three 429s then the token; the read goes through', async () => {
		const tokenScope = nock('https://identity.officernd.com')
			.post('/oauth/token')
			.times(3)
			.reply(429, throttled)
			.post('/oauth/token')
			.reply(200, token);
		const api = nock('https://app.officernd.com')
			.get('/api/v2/organizations/acme/locations')
			.query(true)
			.matchHeader('authorization', 'Bearer tok-new')
			.reply(200, locations);
		const run = await runOfficeRndWith(
			{ clientId: 'cid', clientSecret: 'csecret', orgSlug: 'acme' },
			{ resource: 'location', operation: 'getAll', returnAll: true },
		);
		expect(run.status).toBe('success');
		expect(run.nodeOutput('OfficeRnD')).toEqual(locations.results);
		expect(tokenScope.isDone()).toBe(true);
		expect(api.isDone()).toBe(true);
	}, 60_000);

	it('expired token refreshed: 401, two 429s from the token endpoint, then the token; the read goes through once', async () => {
		const tokenScope = nock('https://identity.officernd.com')
			.post('/oauth/token')
			.times(2)
			.reply(429, throttled)
			.post('/oauth/token')
			.reply(200, token);
		// The 401 is answered up to three times (how many the node sees is not asserted), then the new token's read.
		nock('https://app.officernd.com')
			.get('/api/v2/organizations/acme/locations')
			.query(true)
			.matchHeader('authorization', 'Bearer tok-old')
			.times(3)
			.reply(401, { statusCode: 401, message: 'Unauthorized access', error: 'Unauthorized' })
			.get('/api/v2/organizations/acme/locations')
			.query(true)
			.matchHeader('authorization', 'Bearer tok-new')
			.reply(200, locations);
		const run = await runOfficeRndWith(
			{
				clientId: 'cid',
				clientSecret: 'csecret',
				orgSlug: 'acme',
				grantType: 'clientCredentials',
				oauthTokenData: { access_token: 'tok-old', token_type: 'Bearer' },
			},
			{ resource: 'location', operation: 'getAll', returnAll: true },
		);
		expect(run.status).toBe('success');
		expect(run.nodeOutput('OfficeRnD')).toEqual(locations.results);
		expect(tokenScope.isDone()).toBe(true);
	}, 60_000);

	it('a token endpoint that keeps refusing (400 invalid_client) is not retried and names the token request, without the secret', async () => {
		const tokenScope = nock('https://identity.officernd.com')
			.post('/oauth/token')
			.reply(400, { error: 'invalid_client', error_description: 'bad client_secret=csecret' });
		const run = await runOfficeRndWith(
			{ clientId: 'cid', clientSecret: 'csecret', orgSlug: 'acme' },
			{ resource: 'location', operation: 'getAll', returnAll: true },
		);
		expect(run.status).toBe('error');
		expect(tokenScope.isDone()).toBe(true);
		expect(JSON.stringify(run.error ?? '')).not.toContain('csecret');
	}, 60_000);
});
