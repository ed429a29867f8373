import type { ICredentialDataDecryptedObject, ICredentialType, IHttpRequestOptions } from 'n8n-workflow';

/**
 * A minimal stand-in for the parts of n8n's function context a transport uses, for unit tests of
 * transports only (node and e2e tests run n8n itself). Requests really go over HTTP with fetch, so
 * nock or a local server sees exactly what n8n would send after the credential's authenticate.
 */
export function fakeContext(credentialType: ICredentialType, credentials: ICredentialDataDecryptedObject) {
	const sent: Array<{ url: string; body: string }> = [];
	const ctx = {
		sent,
		getCredentials: async () => credentials,
		getNode: () => ({ id: 'n', name: 'Test Node', type: 'test', typeVersion: 1, position: [0, 0], parameters: {} }),
		helpers: {
			async httpRequestWithAuthentication(_type: string, options: IHttpRequestOptions) {
				let opts = options;
				const auth = credentialType.authenticate;
				if (typeof auth === 'function') opts = await auth(credentials, options);
				const url = new URL(String(opts.url), opts.baseURL);
				for (const [k, v] of Object.entries(opts.qs ?? {})) url.searchParams.set(k, String(v));
				const body =
					typeof opts.body === 'string' ? opts.body : opts.body === undefined ? undefined : JSON.stringify(opts.body);
				sent.push({ url: url.toString(), body: body ?? '' });
				const res = await fetch(url, {
					method: opts.method ?? 'GET',
					headers: opts.headers as Record<string, string>,
					body,
				});
				const text = await res.text();
				const headers: Record<string, string> = {};
				res.headers.forEach((v, k) => (headers[k] = v));
				let parsed: unknown = text;
				if (opts.json) {
					try {
						parsed = JSON.parse(text);
					} catch {
						parsed = text;
					}
				}
				if (!opts.ignoreHttpStatusErrors && res.status >= 400) {
					throw Object.assign(new Error(`HTTP ${res.status}`), { statusCode: res.status, body: parsed });
				}
				return opts.returnFullResponse ? { statusCode: res.status, headers, body: parsed } : parsed;
			},
		},
	};
	return ctx;
}
