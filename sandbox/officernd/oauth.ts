import { randomBytes } from 'node:crypto';
import { json } from '../core/http';
import type { SandboxRequest, SandboxResponse } from '../core/types';
import { DEFAULT_TOKEN_LIFETIME_SECONDS, MAX_TOKENS, SANDBOX_APPLICATIONS } from './assumptions';

export interface IssuedToken {
	token: string;
	clientId: string;
	scopes: Set<string>;
	expiresAtMs: number;
}

/**
 * The identity server's client-credentials grant (reference §1.1): form-encoded `client_id`,
 * `client_secret`, `grant_type=client_credentials`, `scope` (space separated). Client credentials are
 * also accepted in a Basic header (n8n's OAuth2 client sends them there unless told "body").
 * Error bodies follow RFC 6749 §5.2: ASSUMED, OfficeRnD's own were not seen.
 */
export class TokenIssuer {
	lifetimeSeconds = DEFAULT_TOKEN_LIFETIME_SECONDS;
	readonly tokens = new Map<string, IssuedToken>();
	/** Token requests answered, for tests that prove tokens are reused and refreshed. */
	issuedCount = 0;

	reset(): void {
		this.lifetimeSeconds = DEFAULT_TOKEN_LIFETIME_SECONDS;
		this.tokens.clear();
		this.issuedCount = 0;
	}

	handle(req: SandboxRequest, nowMs: number): SandboxResponse {
		if (req.method !== 'POST') return oauthError(405, 'invalid_request', 'Use POST');
		const type = String(req.headers['content-type'] ?? '');
		if (!type.includes('application/x-www-form-urlencoded')) {
			return oauthError(400, 'invalid_request', 'Content-Type must be application/x-www-form-urlencoded');
		}
		const form = new URLSearchParams(req.body);
		let clientId = form.get('client_id') ?? '';
		let clientSecret = form.get('client_secret') ?? '';
		const basic = /^Basic\s+(.+)$/i.exec(String(req.headers.authorization ?? ''));
		if (basic && !clientId) {
			const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
			const at = decoded.indexOf(':');
			clientId = decodeURIComponent(decoded.slice(0, at));
			clientSecret = decodeURIComponent(decoded.slice(at + 1));
		}
		if (form.get('grant_type') !== 'client_credentials') {
			return oauthError(400, 'unsupported_grant_type', 'Only client_credentials is supported');
		}
		const app = SANDBOX_APPLICATIONS.find((a) => a.clientId === clientId);
		if (!app || app.clientSecret !== clientSecret)
			return oauthError(401, 'invalid_client', 'Client authentication failed');
		const requested = (form.get('scope') ?? '').split(/\s+/).filter(Boolean);
		const scopes = requested.length ? requested : [...app.scopes];
		const refused = scopes.filter((s) => !app.scopes.includes(s));
		if (refused.length) {
			return oauthError(400, 'invalid_scope', `The application is not allowed the scopes: ${refused.join(' ')}`);
		}
		for (const [k, t] of this.tokens) if (t.expiresAtMs <= nowMs) this.tokens.delete(k);
		while (this.tokens.size >= MAX_TOKENS) this.tokens.delete(this.tokens.keys().next().value!);
		const token = `sbx_${randomBytes(24).toString('hex')}`;
		this.tokens.set(token, {
			token,
			clientId,
			scopes: new Set(scopes),
			expiresAtMs: nowMs + this.lifetimeSeconds * 1000,
		});
		this.issuedCount += 1;
		return json(200, {
			access_token: token,
			token_type: 'Bearer',
			expires_in: this.lifetimeSeconds,
			scope: scopes.join(' '),
		});
	}

	/** The live token behind an Authorization header, or undefined (missing, unknown, expired). */
	verify(authorization: string | undefined, nowMs: number): IssuedToken | undefined {
		const m = /^Bearer\s+(\S+)$/i.exec(authorization ?? '');
		if (!m) return undefined;
		const t = this.tokens.get(m[1]);
		if (!t) return undefined;
		if (t.expiresAtMs <= nowMs) {
			this.tokens.delete(m[1]);
			return undefined;
		}
		return t;
	}
}

function oauthError(status: number, error: string, description: string): SandboxResponse {
	return json(status, { error, error_description: description });
}
