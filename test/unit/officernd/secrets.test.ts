import nock from 'nock';
import { apiRequest } from '../../../nodes/OfficeRnd/transport/client';
import { fakeOAuthContext } from './fakeContext';

/**
 * Issue 12 case 10 for OfficeRnD: an answer that reflects the request (bearer token, client secret)
 * never brings them into an error, also when the token is not one the transport was given.
 */
const ORIGIN = 'https://app.officernd.com';
const ORG = '/api/v2/organizations/acme-cowork';
const credentials = {
	orgSlug: 'acme-cowork',
	clientId: 'cid',
	clientSecret: 'top-secret-value',
	baseUrl: 'https://app.officernd.com/api/v2',
};

beforeAll(() => nock.disableNetConnect());
afterEach(() => nock.cleanAll());
afterAll(() => nock.enableNetConnect());

describe('OfficeRnD errors never show the token or the client secret', () => {
	it.each([
		[
			'NestJS body',
			{
				statusCode: 400,
				message: 'bad header Authorization: Bearer token-1-abcdef; client_secret=another-secret-42',
				error: 'Bad Request',
			},
		],
		['plain text', 'rejected: Authorization: Bearer token-1-abcdef (client_secret: another-secret-42)'],
	])('%s reflecting the request', async (_label, body) => {
		nock(ORIGIN)
			.get(`${ORG}/locations`)
			.reply(400, body as never);
		const ctx = fakeOAuthContext(credentials);
		ctx.state.token = 'token-1-abcdef';
		const error = (await apiRequest(ctx, { method: 'GET', path: '/locations' }).catch((e: unknown) => e)) as {
			message: string;
			details: string;
		};
		const text = `${error.message} ${error.details}`;
		expect(text).toMatch(/400/);
		expect(text).not.toContain('token-1-abcdef');
		expect(text).not.toContain('another-secret-42');
	});
});
