import type { ICredentialTestFunctions, ICredentialsDecrypted, INodeCredentialTestResult } from 'n8n-workflow';
import { describeErrors, hintFor } from '../transport/errors';
import { parseResponse } from '../transport/response';
import { buildRequestXml, renderCredentialBlocks } from '../transport/xml';

/** Opens a session with the entered credentials and reports Intacct's own message. */
export async function sageIntacctApiTest(
	this: ICredentialTestFunctions,
	credential: ICredentialsDecrypted,
): Promise<INodeCredentialTestResult> {
	const data = credential.data ?? {};
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
		// eslint-disable-next-line @n8n/community-nodes/no-deprecated-workflow-functions
		body = String(await this.helpers.request({
			method: 'POST',
			uri: String(data.endpointUrl || 'https://api.intacct.com/ia/xml/xmlgw.phtml'),
			body: xml,
			headers: { 'Content-Type': 'application/xml' },
		}));
	} catch (error) {
		return { status: 'Error', message: `Could not reach Sage Intacct: ${(error as Error).message}` };
	}
	try {
		const response = parseResponse(body);
		const errors = [...response.controlErrors, ...response.authErrors, ...(response.results[0]?.errors ?? [])];
		const ok = response.controlStatus === 'success' && response.authStatus === 'success' && response.results[0]?.status === 'success';
		if (ok) return { status: 'OK', message: 'Connection successful: a session was opened' };
		const hint = hintFor(errors);
		return { status: 'Error', message: `${describeErrors(errors)}${hint ? ` How to fix: ${hint}` : ''}` };
	} catch (error) {
		return { status: 'Error', message: `Sage Intacct's answer could not be read: ${(error as Error).message}` };
	}
}
