import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ScoroApi } from '../../../credentials/ScoroApi.credentials';
import { scoroApiTest } from '../../../nodes/Scoro/methods/credentialTest';
import { scoroRequest } from '../../../nodes/Scoro/transport';
import { fakeContext } from '../../helpers/fakeContext';

/**
 * Issue 12 case 10 for Scoro: whatever the remote answers (here: a server that reflects the whole
 * request, key included, in plain text or HTML), no error or credential test message shows the key,
 * also when the key does not look like `ScoroAPI_…`.
 */
const KEY = 'a1b2c3d4e5f6a7b8c9d0plainkey';
let server: Server;
let url = '';
let mode: 'text500' | 'html400' | 'json200error' = 'text500';
beforeAll(async () => {
	server = createServer((req, res) => {
		let body = '';
		req.on('data', (c) => (body += c));
		req.on('end', () => {
			if (mode === 'text500') {
				res.writeHead(500, { 'content-type': 'text/plain' });
				res.end(`internal error while handling ${body}`);
			} else if (mode === 'html400') {
				res.writeHead(400, { 'content-type': 'text/html' });
				res.end(`<html><body>Bad request: key ${KEY} not valid for this site</body></html>`);
			} else {
				res.writeHead(200, { 'content-type': 'application/json' });
				res.end(
					JSON.stringify({ status: 'ERROR', statusCode: 401, messages: { error: [`API key ${KEY} is not valid`] } }),
				);
			}
		});
	});
	await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
	url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => await new Promise<void>((r) => server.close(() => r())));

const creds = () => ({ siteUrl: url, apiKey: KEY, companyAccountId: 'acme', language: 'eng' });
const fast = { maxAttempts: 1, baseDelayMs: 1, maxDelayMs: 1, maxTotalMs: 1000 };

describe('Scoro: the API key never shows in an error', () => {
	it.each(['text500', 'html400', 'json200error'] as const)('request errors (%s)', async (m) => {
		mode = m;
		const error = (await scoroRequest(fakeContext(new ScoroApi(), creds()) as never, {
			module: 'invoices',
			action: 'list',
			body: {},
			idempotent: true,
			retry: fast,
		}).catch((e: unknown) => e)) as { message: string; details: string };
		expect(error.message).toBeDefined();
		expect(`${error.message} ${error.details}`).not.toContain(KEY);
	});

	it.each(['text500', 'html400', 'json200error'] as const)('credential test (%s)', async (m) => {
		mode = m;
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
						/* text stays text */
					}
					return { statusCode: res.status, body };
				},
			},
		};
		const result = await scoroApiTest.call(ctx as never, { id: '1', name: 'c', type: 'scoroApi', data: creds() });
		expect(result.status).toBe('Error');
		expect(result.message).not.toContain(KEY);
	});
});
