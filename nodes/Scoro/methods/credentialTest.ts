import type { ICredentialTestFunctions, ICredentialsDecrypted, INodeCredentialTestResult } from 'n8n-workflow';
import { ScoroApi } from '../../../credentials/ScoroApi.credentials';
import { envelopeError, readError, redactScoro } from '../transport';

/** Lists users with the entered credentials and reports Scoro's own message on failure. */
export async function scoroApiTest(
	this: ICredentialTestFunctions,
	credential: ICredentialsDecrypted,
): Promise<INodeCredentialTestResult> {
	const data = credential.data ?? {};
	// The key is masked by value too: a key that does not look like `ScoroAPI_…` must not leak either.
	const secrets = [String(data.apiKey ?? '')];
	let options;
	try {
		options = await new ScoroApi().authenticate(data, {
			method: 'POST',
			url: '/users/list',
			body: { per_page: 1, page: 1 },
			json: true,
		});
	} catch (error) {
		return { status: 'Error', message: redactScoro((error as Error).message, secrets) };
	}
	let status = 200;
	let body: unknown;
	try {
		// Credential tests only get the legacy request helper from n8n; there is no httpRequest here.
		// eslint-disable-next-line @n8n/community-nodes/no-deprecated-workflow-functions
		const res = (await this.helpers.request({
			method: 'POST',
			uri: String(options.url),
			body: options.body,
			json: true,
			resolveWithFullResponse: true,
			simple: false,
		})) as { statusCode: number; body: unknown };
		status = res.statusCode;
		body = res.body;
	} catch (error) {
		return { status: 'Error', message: redactScoro(`Could not reach Scoro: ${(error as Error).message}`, secrets) };
	}
	const problem = status >= 400 ? readError(status, body) : envelopeError(body);
	if (!problem) return { status: 'OK', message: 'Connection successful: Scoro listed its users' };
	return { status: 'Error', message: redactScoro(`Scoro answered ${problem.code}: ${problem.message}`, secrets) };
}
