/**
 * Secrets must never reach errors, logs, previews or output items. Two layers:
 * known secret values are replaced wherever they appear, and well-known secret-bearing
 * XML elements / JSON keys are masked even when the value is not known here.
 */
export const REDACTED = '***';

const SECRET_ELEMENTS = [
	'password',
	'sessionid',
	'apiKey',
	'api_key',
	'client_secret',
	'access_token',
	'refresh_token',
	'token',
];

export function redactText(text: string, secrets: Array<string | undefined> = []): string {
	let out = text;
	for (const secret of secrets) {
		if (!secret || secret.length < 3) continue;
		// Also the forms a secret takes when an answer reflects the request: XML-escaped (as it was
		// sent), JSON-escaped and URL-encoded.
		const forms = new Set([secret, xmlEscape(secret), JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret)]);
		for (const form of [...forms].sort((a, b) => b.length - a.length)) out = out.split(form).join(REDACTED);
	}
	for (const name of SECRET_ELEMENTS) {
		out = out.replace(new RegExp(`(<${name}>)[^<]*(</${name}>)`, 'gi'), `$1${REDACTED}$2`);
		out = out.replace(new RegExp(`("${name}"\\s*:\\s*)"[^"]*"`, 'gi'), `$1"${REDACTED}"`);
	}
	return out;
}

function xmlEscape(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}

const SECRET_KEY = /pass(word)?|secret|token|api_?key|sessionid|authorization/i;

/** Deep copy of a JSON value with secret-looking keys masked. */
export function redactObject<T>(value: T, secrets: Array<string | undefined> = []): T {
	if (typeof value === 'string') return redactText(value, secrets) as unknown as T;
	if (Array.isArray(value)) return value.map((v) => redactObject(v, secrets)) as unknown as T;
	if (value && typeof value === 'object') {
		const out: Record<string, unknown> = {};
		for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
			out[k] = SECRET_KEY.test(k) && typeof v === 'string' && v !== '' ? REDACTED : redactObject(v, secrets);
		}
		return out as T;
	}
	return value;
}
