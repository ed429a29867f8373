import type { ICredentialTestRequest, ICredentialType, INodeProperties, Icon } from 'n8n-workflow';
import { DEFAULT_BASE_URL, DEFAULT_SCOPES, DEFAULT_TOKEN_URL } from '../nodes/OfficeRnd/transport/contract';

/**
 * OfficeRnD Flex API v2: OAuth2 client credentials (the only grant OfficeRnD supports). Built on
 * n8n's own OAuth2 credential so n8n fetches the token, stores it encrypted and fetches a new one
 * when OfficeRnD answers 401. Client ID and secret travel in the form body, as OfficeRnD documents.
 *
 * Why `test` is declared here and not only through the node's `testedBy`: for any credential that
 * extends oAuth2Api, n8n 2.x (CredentialsTester.getCredentialTestFunction) replaces a node's test
 * with a stored-token check ("not connected to an account" for a client-credentials grant until a
 * workflow ran), but a credential's own `test` request is looked up first. n8n sends it through its
 * OAuth2 request helper, which fetches a client-credentials token when none is stored and fetches a
 * new one on 401, so the dialog's test proves the ID, the secret, the scopes and the slug at once.
 */
export class OfficeRndOAuth2Api implements ICredentialType {
	name = 'officeRndOAuth2Api';

	extends = ['oAuth2Api'];

	displayName = 'OfficeRnD OAuth2 API';

	icon: Icon = { light: 'file:../icons/officeRnd.svg', dark: 'file:../icons/officeRnd.dark.svg' };

	documentationUrl = 'https://developer.officernd.com/docs/authentication';

	/** The cheapest read (one location) of the organisation, like the node's own credential test. */
	test: ICredentialTestRequest = {
		request: {
			baseURL:
				'={{String($credentials.baseUrl || "' +
				DEFAULT_BASE_URL +
				'").replace(/\\/+$/, "")}}/organizations/{{encodeURIComponent(String($credentials.orgSlug || "").trim())}}',
			url: '/locations',
			qs: { $limit: 1 },
			headers: { Accept: 'application/json' },
		},
	};

	properties: INodeProperties[] = [
		{
			displayName: 'Grant Type',
			name: 'grantType',
			type: 'hidden',
			default: 'clientCredentials',
		},
		{
			displayName: 'Organisation Slug',
			name: 'orgSlug',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'my-coworking',
			description: 'The path segment after app.officernd.com/ in your admin URL (Settings > My Account > Admin Site)',
		},
		{
			displayName: 'Access Token URL',
			name: 'accessTokenUrl',
			type: 'string',
			default: DEFAULT_TOKEN_URL,
			required: true,
			description: "OfficeRnD's identity server by default; change it for staging or the local sandbox",
		},
		{
			displayName: 'API Base URL',
			name: 'baseUrl',
			type: 'string',
			default: DEFAULT_BASE_URL,
			description:
				'Up to and including /api/v2; requests go to <base>/organizations/<slug>/... Change it for staging or the local sandbox.',
		},
		{
			displayName: 'Scope',
			name: 'scope',
			type: 'string',
			default: DEFAULT_SCOPES,
			description:
				'Space-separated scopes. The default covers the billing sync; a scope the application lacks makes the token request fail.',
		},
		{
			displayName: 'Auth URI Query Parameters',
			name: 'authQueryParameters',
			type: 'hidden',
			default: '',
		},
		{
			displayName: 'Authorization URL',
			name: 'authUrl',
			type: 'hidden',
			default: '',
		},
		{
			displayName: 'Authentication',
			name: 'authentication',
			type: 'hidden',
			default: 'body',
		},
	];
}
