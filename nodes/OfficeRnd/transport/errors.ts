import type { ErrorReader } from '../../shared/http';

/**
 * OfficeRnD's error body is NestJS's `{statusCode, message, error}`; `message` is a string or an
 * array of strings (reference §6). The code kept is the HTTP status plus the `error` text.
 */
export function readOfficeRndError(scope?: string): ErrorReader {
	return (status, body) => {
		const b = (body && typeof body === 'object' ? body : {}) as {
			statusCode?: unknown;
			message?: unknown;
			error?: unknown;
		};
		const message = Array.isArray(b.message)
			? b.message.map(String).join('; ')
			: typeof b.message === 'string' && b.message
				? b.message
				: typeof body === 'string' && body
					? body.slice(0, 300)
					: `HTTP ${status}`;
		const code = `${Number(b.statusCode ?? status)}${typeof b.error === 'string' ? ` ${b.error}` : ''}`;
		return { code, message: maskCredentials(message), fix: fixFor(status, message, scope) };
	};
}

/**
 * An answer that reflects the request can carry the bearer token (refreshed by n8n, so not always the
 * value the transport knows) or the client secret of a token request: masked by shape here, before
 * the known values are masked again by the shared request.
 */
export function maskCredentials(text: string): string {
	return text
		.replace(/(Bearer\s+)[A-Za-z0-9._~+/=-]{6,}/gi, '$1***')
		.replace(/((?:client_secret|access_token|refresh_token)["']?\s*[=:]\s*["']?)[^\s&"',;]+/gi, '$1***');
}

function fixFor(status: number, message: string, scope?: string): string | undefined {
	if (status === 401) {
		return `OfficeRnD refused the token. Check the credential's client ID and secret, and that the application and the credential's scopes include ${scope ? `"${scope}"` : 'the scope this operation needs'} (OfficeRnD answers 401, not 403, when a scope is missing).`;
	}
	if (status === 404) return 'Check the ID: it must be the 24-character _id of an existing record of this type.';
	if (status === 400)
		return 'Correct or remove the properties named in the message; OfficeRnD rejects properties it does not know.';
	if (status === 429) return 'OfficeRnD throttled the requests and retries ran out; run fewer items at once or later.';
	if (status === 500 && /organization not found/i.test(message))
		return "Check the credential's organisation slug (Settings > My Account in OfficeRnD).";
	if (status >= 500)
		return 'OfficeRnD rejected the change (it answers 500 for business-rule violations) or is unavailable; read the message, then retry.';
	return undefined;
}
