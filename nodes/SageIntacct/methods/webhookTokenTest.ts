import type { ICredentialTestFunctions, ICredentialsDecrypted, INodeCredentialTestResult } from 'n8n-workflow';

/** Minimum length of a webhook bearer token: short shared tokens are guessable. */
export const MIN_WEBHOOK_TOKEN_LENGTH = 16;

/** Nothing to call: the token is only compared with incoming posts. Checks it is usable. */
export async function sageIntacctWebhookTokenTest(
	this: ICredentialTestFunctions,
	credential: ICredentialsDecrypted,
): Promise<INodeCredentialTestResult> {
	const token = String(credential.data?.token ?? '');
	if (token.length < MIN_WEBHOOK_TOKEN_LENGTH) {
		return { status: 'Error', message: `Use a token of at least ${MIN_WEBHOOK_TOKEN_LENGTH} characters.` };
	}
	if (/\s/.test(token)) return { status: 'Error', message: 'The token must not contain spaces.' };
	return { status: 'OK', message: 'The token can be used' };
}
