import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
	Icon,
} from 'n8n-workflow';
import { AUTH, CREDENTIAL_TEST } from '../nodes/ReLeased/transport/contract';

/**
 * Re-Leased API. The API surface is an explicit contract (nodes/ReLeased/transport/contract.ts):
 * Re-Leased has not published its API, so the base URL has no default and the token header is
 * adjustable here without code.
 */
export class ReLeasedApi implements ICredentialType {
	name = 'reLeasedApi';

	displayName = 'Re-Leased API';

	icon: Icon = { light: 'file:../icons/reLeased.svg', dark: 'file:../icons/reLeased.dark.svg' };

	documentationUrl = 'https://github.com/n8n-nodes-intacct-sync/n8n-nodes-intacct-sync/blob/main/docs/released.md';

	properties: INodeProperties[] = [
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'https://<API host Re-Leased gave you>/<version>',
			description:
				'Root of the Re-Leased API for your region, exactly as Re-Leased gives it with API access. There is no default: Re-Leased publishes no API host.',
		},
		{
			displayName: 'API Token',
			name: 'apiToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'The API token of the Re-Leased company to connect',
		},
		{
			displayName: 'Header Name',
			name: 'headerName',
			type: 'string',
			default: AUTH.defaultHeader,
			description:
				'HTTP header that carries the token. Change it only if Re-Leased tells you another header (e.g. X-Api-Key).',
		},
		{
			displayName: 'Header Value Prefix',
			name: 'headerValuePrefix',
			type: 'string',
			default: AUTH.defaultPrefix,
			description: 'Text before the token in that header. Empty for a bare API key.',
		},
	];

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const header = String(credentials.headerName || AUTH.defaultHeader);
		const prefix =
			credentials.headerValuePrefix === undefined ? AUTH.defaultPrefix : String(credentials.headerValuePrefix);
		return {
			...requestOptions,
			headers: { ...(requestOptions.headers ?? {}), [header]: `${prefix}${String(credentials.apiToken ?? '')}` },
		};
	}

	// A cheap authenticated read: one tax type.
	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.trim().replace(/\\/+$/, "")}}',
			url: CREDENTIAL_TEST.path,
			qs: { ...CREDENTIAL_TEST.qs },
		},
	};
}
