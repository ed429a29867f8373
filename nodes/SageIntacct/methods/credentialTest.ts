import type { ICredentialTestFunctions, ICredentialsDecrypted, INodeCredentialTestResult } from 'n8n-workflow';
import { describeErrors, hintFor } from '../transport/errors';
import { redactText } from '../../shared/redact';
import { parseResponse } from '../transport/response';
import { buildRequestXml, renderCredentialBlocks } from '../transport/xml';

/** Opens a session with the entered credentials and reports Intacct's own message. */
export async function sageIntacctApiTest(
	this: ICredentialTestFunctions,
	credential: ICredentialsDecrypted,
): Promise<INodeCredentialTestResult> {
	const data = credential.data ?? {};
	// Whatever the endpoint answers (an HTTP 500 page that reflects the request, an error text that
	// quotes it), no password or session ID reaches the message n8n shows.
	const secrets = [data.senderPassword, data.userPassword].map((v) => String(v ?? ''));
	const safe = (text: string) => redactText(text, secrets);
	const xml = renderCredentialBlocks(
		buildRequestXml({
			controlId: 'credentialTest',
			uniqueId: false,
			auth: 'login',
			functions: [{ controlId: 'getAPISession', body: { getAPISession: '' } }],
		}),
		{
			senderId: String(data.senderId ?? ''),
			senderPassword: String(data.senderPassword ?? ''),
			userId: String(data.userId ?? ''),
			companyId: String(data.companyId ?? ''),
			userPassword: String(data.userPassword ?? ''),
			entityId: String(data.entityId ?? ''),
		},
	);
	let body: string;
	try {
		// Credential tests only get the legacy request helper from n8n; there is no httpRequest here.
		body = String(
			// eslint-disable-next-line @n8n/community-nodes/no-deprecated-workflow-functions
			await this.helpers.request({
				method: 'POST',
				uri: String(data.endpointUrl || 'https://api.intacct.com/ia/xml/xmlgw.phtml'),
				body: xml,
				headers: { 'Content-Type': 'application/xml' },
			}),
		);
	} catch (error) {
		const e = error as { message?: string; statusCode?: number; error?: unknown };
		// n8n's legacy request helper puts the response body of an HTTP error in the message.
		return {
			status: 'Error',
			message: safe(`Could not reach Sage Intacct: ${String(e?.message ?? error).slice(0, 500)}`),
		};
	}
	try {
		const response = parseResponse(body);
		const sessionId = String(((response.results[0]?.data?.api ?? {}) as Record<string, unknown>).sessionid ?? '');
		// Redacted field by field before anything else (describeErrors strips tags, which could cut a secret).
		const errors = [...response.controlErrors, ...response.authErrors, ...(response.results[0]?.errors ?? [])].map(
			(e) => ({
				errorno: redactText(e.errorno, [...secrets, sessionId]),
				description: redactText(e.description, [...secrets, sessionId]),
				description2: redactText(e.description2, [...secrets, sessionId]),
				correction: redactText(e.correction, [...secrets, sessionId]),
			}),
		);
		const ok =
			response.controlStatus === 'success' &&
			response.authStatus === 'success' &&
			response.results[0]?.status === 'success';
		if (ok) return { status: 'OK', message: 'Connection successful: a session was opened' };
		const hint = hintFor(errors);
		return {
			status: 'Error',
			message: redactText(`${describeErrors(errors)}${hint ? ` How to fix: ${hint}` : ''}`, [...secrets, sessionId]),
		};
	} catch (error) {
		return {
			status: 'Error',
			message: safe(`Sage Intacct's answer could not be read: ${(error as Error).message}`.slice(0, 500)),
		};
	}
}
