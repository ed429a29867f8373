import type { ICredentialDataDecryptedObject, IHttpRequestOptions } from 'n8n-workflow';

/**
 * Stand-in for the n8n context parts the OfficeRnD transport uses, shaped like n8n's OAuth2 path:
 * a bearer token is added; when the request lets 401 throw (ignoreHttpStatusErrors.except), a 401
 * fetches a new token and repeats the call once, and a second 401 is thrown as n8n would (an error
 * whose cause carries the axios-style response). Node and e2e tests run n8n's real OAuth2 code.
 */
export function fakeOAuthContext(credentials: ICredentialDataDecryptedObject) {
	const state = {
		tokenRefreshes: 0,
		token: 'token-1',
		requests: [] as Array<{ method: string; url: string; body?: string; authorization?: string }>,
	};
	async function send(opts: IHttpRequestOptions) {
		const body = opts.body === undefined ? undefined : JSON.stringify(opts.body);
		const headers = {
			...(opts.headers as Record<string, string>),
			authorization: `Bearer ${state.token}`,
			...(body ? { 'content-type': 'application/json' } : {}),
		};
		state.requests.push({
			method: String(opts.method ?? 'GET'),
			url: String(opts.url),
			body,
			authorization: headers.authorization,
		});
		const res = await fetch(String(opts.url), { method: opts.method ?? 'GET', headers, body });
		const text = await res.text();
		let parsed: unknown = text;
		try {
			parsed = JSON.parse(text);
		} catch {
			// not JSON
		}
		const responseHeaders: Record<string, string> = {};
		res.headers.forEach((v, k) => (responseHeaders[k] = v));
		return { statusCode: res.status, headers: responseHeaders, body: parsed };
	}
	const ctx = {
		state,
		getCredentials: async () => credentials,
		getNode: () => ({
			id: 'n',
			name: 'OfficeRnD',
			type: 'officeRnd',
			typeVersion: 1,
			position: [0, 0] as [number, number],
			parameters: {},
		}),
		helpers: {
			async httpRequestWithAuthentication(_type: string, opts: IHttpRequestOptions) {
				const except = typeof opts.ignoreHttpStatusErrors === 'object' ? opts.ignoreHttpStatusErrors.except : [];
				let res = await send(opts);
				if (res.statusCode === 401 && except.includes(401)) {
					state.tokenRefreshes += 1;
					state.token = `token-${state.tokenRefreshes + 1}`;
					res = await send(opts);
					if (res.statusCode === 401) {
						throw Object.assign(new Error('Request failed with status code 401'), {
							httpCode: '401',
							cause: { response: { status: 401, data: res.body, headers: res.headers } },
						});
					}
				}
				if (!opts.ignoreHttpStatusErrors && res.statusCode >= 400)
					throw Object.assign(new Error(`HTTP ${res.statusCode}`), { httpCode: String(res.statusCode) });
				return opts.returnFullResponse ? res : res.body;
			},
		},
	};
	return ctx;
}
