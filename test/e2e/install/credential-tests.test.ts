/**
 * The credential dialog's "test" in a started n8n, through the REST endpoint the editor calls
 * (POST /rest/credentials/test with the data GET /rest/credentials/:id?includeData=true returned,
 * as the dialog does): all five sandbox credentials of `npm start` must test green.
 *
 * The OfficeRnD credential extends oAuth2Api; n8n used to replace its test with a stored-token
 * check that failed until a workflow had run ("not connected to an account"): issue 13 item 6.
 * A wrong client secret must still test red, so a green test means something.
 */
import { startSandbox, type Sandbox } from '../../../sandbox/server';
import { cleanup, prepareN8n, type CredentialInput, type RunningN8n } from '../../helpers/n8n';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { sandboxCredentials } = require('../../../scripts/sandbox-credentials.js') as {
	sandboxCredentials: (url: string) => CredentialInput[];
};

let sandbox: Sandbox;
let n8n: RunningN8n;
let cookie = '';

async function rest(
	method: string,
	path: string,
	body?: unknown,
): Promise<{ status: number; json: { data?: unknown; message?: string } }> {
	const res = await fetch(`${n8n.url}rest/${path}`, {
		method,
		headers: {
			'content-type': 'application/json',
			...(cookie ? { cookie } : {}),
			'browser-id': 'e2e-credential-tests',
		},
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const setCookie = res.headers.get('set-cookie');
	if (setCookie && /n8n-auth=/.test(setCookie)) cookie = setCookie.split(';')[0];
	const text = await res.text();
	let json: { data?: unknown; message?: string } = {};
	try {
		json = JSON.parse(text);
	} catch {
		json = { message: text };
	}
	return { status: res.status, json };
}

/** What the dialog does on "Retry"/save: load the stored (redacted) data, then POST it to /test. */
async function dialogTest(id: string): Promise<{ status: string; message: string }> {
	const got = await rest('GET', `credentials/${id}?includeData=true`);
	expect(got.status).toBe(200);
	const cred = got.json.data as { id: string; name: string; type: string; data: Record<string, unknown> };
	const tested = await rest('POST', 'credentials/test', {
		credentials: { id: cred.id, name: cred.name, type: cred.type, data: cred.data },
	});
	expect(tested.status).toBe(200);
	return tested.json.data as { status: string; message: string };
}

beforeAll(async () => {
	sandbox = await startSandbox({ port: 0 });
	const instance = await prepareN8n();
	const creds = sandboxCredentials(sandbox.url);
	const office = creds.find((c) => c.type === 'officeRndOAuth2Api')!;
	creds.push({
		...office,
		id: 'officeRndWrongSecret',
		name: 'OfficeRnD (wrong secret)',
		data: { ...office.data, clientSecret: 'not-the-secret' },
	});
	await instance.importCredentials(creds);
	n8n = await instance.startN8n();
	const owner = await rest('POST', 'owner/setup', {
		email: 'owner@example.com',
		firstName: 'E2e',
		lastName: 'Owner',
		password: 'Sandbox-Owner-1',
	});
	expect(owner.status).toBe(200);
}, 600_000);

afterAll(async () => {
	await cleanup();
	await sandbox?.close();
});

describe('credential tests in the editor (REST endpoint the dialog uses)', () => {
	it.each([
		['sandboxIntacct', 'Sage Intacct'],
		['sandboxIntacctWebhook', 'Sage Intacct webhook token'],
		['sandboxReLeased', 'Re-Leased'],
		['sandboxOfficeRnd', 'OfficeRnD (OAuth2 client credentials, no stored token yet)'],
		['sandboxScoro', 'Scoro'],
	])('%s (%s) tests green', async (id) => {
		const result = await dialogTest(id);
		expect(result).toEqual(expect.objectContaining({ status: 'OK' }));
	});

	it('OfficeRnD with a wrong client secret tests red, without the secret in the message', async () => {
		const result = await dialogTest('officeRndWrongSecret');
		expect(result.status).toBe('Error');
		expect(result.message).not.toMatch(/not connected/i);
		expect(result.message).not.toContain('not-the-secret');
	});
});
