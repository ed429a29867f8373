import type {
	ICredentialTestFunctions,
	ICredentialsDecrypted,
	IDataObject,
	INodeCredentialTestResult,
} from 'n8n-workflow';
import { redactText } from '../../shared/redact';
import { organisationUrl } from '../transport/client';
import { DEFAULT_TOKEN_URL } from '../transport/contract';
import { readOfficeRndError } from '../transport/errors';

interface LegacyResponse {
	statusCode: number;
	body: unknown;
}

function parse(body: unknown): unknown {
	if (typeof body !== 'string') return body;
	try {
		return JSON.parse(body);
	} catch {
		return body;
	}
}

/**
 * Exchanges the client credentials for a token exactly as n8n will (form body, the credential's
 * scopes), then reads one location: the cheapest read. Reports OfficeRnD's own message.
 */
export async function officeRndOAuth2ApiTest(
	this: ICredentialTestFunctions,
	credential: ICredentialsDecrypted,
): Promise<INodeCredentialTestResult> {
	const data = credential.data ?? {};
	const secrets = [String(data.clientSecret ?? '')];
	if (!String(data.orgSlug ?? '').trim())
		return { status: 'Error', message: 'Set the organisation slug (Settings > My Account in OfficeRnD).' };
	let token: string;
	try {
		// Credential tests only get the legacy request helper from n8n; there is no httpRequest here.
		// eslint-disable-next-line @n8n/community-nodes/no-deprecated-workflow-functions
		const res = (await this.helpers.request({
			method: 'POST',
			uri: String(data.accessTokenUrl || DEFAULT_TOKEN_URL),
			form: {
				client_id: String(data.clientId ?? ''),
				client_secret: String(data.clientSecret ?? ''),
				grant_type: 'client_credentials',
				scope: String(data.scope ?? ''),
			},
			resolveWithFullResponse: true,
			simple: false,
		})) as LegacyResponse;
		const body = parse(res.body) as IDataObject;
		if (res.statusCode >= 400 || typeof body?.access_token !== 'string') {
			const reason = String(body?.error_description ?? body?.error ?? body?.message ?? `HTTP ${res.statusCode}`);
			return {
				status: 'Error',
				message: redactText(
					`The token request failed: ${reason}. Check the client ID and secret, and that the application's permissions cover every scope in the credential.`,
					secrets,
				),
			};
		}
		token = body.access_token;
	} catch (error) {
		return {
			status: 'Error',
			message: redactText(`Could not reach the token URL: ${(error as Error).message}`, secrets),
		};
	}
	try {
		// eslint-disable-next-line @n8n/community-nodes/no-deprecated-workflow-functions
		const res = (await this.helpers.request({
			method: 'GET',
			uri: `${organisationUrl(data)}/locations?$limit=1`,
			headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
			resolveWithFullResponse: true,
			simple: false,
		})) as LegacyResponse;
		if (res.statusCode < 400)
			return { status: 'OK', message: 'Connection successful: a token was issued and locations could be read' };
		const { code, message, fix } = readOfficeRndError('flex.space.locations.read')(res.statusCode, parse(res.body));
		return {
			status: 'Error',
			message: redactText(`OfficeRnD answered ${code}: ${message}${fix ? ` ${fix}` : ''}`, [...secrets, token]),
		};
	} catch (error) {
		return {
			status: 'Error',
			message: redactText(`Could not reach the OfficeRnD API: ${(error as Error).message}`, [...secrets, token]),
		};
	}
}
