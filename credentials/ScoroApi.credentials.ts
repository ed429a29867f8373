import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IDataObject,
	IHttpRequestOptions,
	INodeProperties,
	Icon,
} from 'n8n-workflow';
import { apiBaseUrl } from '../nodes/Scoro/transport/url';

/**
 * Scoro API v2. Scoro takes the key in the JSON body, not in a header, so `authenticate` is the one
 * place that adds `apiKey`, `company_account_id` and `lang` to the body the node built (and the base
 * URL from the site). Node code, previews and errors never see the key.
 */
export class ScoroApi implements ICredentialType {
	name = 'scoroApi';

	displayName = 'Scoro API';

	icon: Icon = { light: 'file:../icons/scoro.svg', dark: 'file:../icons/scoro.dark.svg' };

	documentationUrl = 'https://api.scoro.com/api/';

	properties: INodeProperties[] = [
		{
			displayName: 'Site URL',
			name: 'siteUrl',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'https://your-company.scoro.com',
			description:
				'Your Scoro address (https://your-company.scoro.com) or just the subdomain (your-company). Other URLs are used as given, e.g. the local sandbox.',
		},
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'Site settings > Integrations > Scoro API: switch the API on and copy the key',
		},
		{
			displayName: 'Company Account ID',
			name: 'companyAccountId',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'your-company',
			description: 'Usually the subdomain of your Scoro address',
		},
		{
			displayName: 'Language',
			name: 'language',
			type: 'string',
			default: 'eng',
			description: "Three-letter language code of texts in answers (e.g. eng). Empty uses the company's default.",
		},
	];

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const body = requestOptions.body;
		if (!body || typeof body !== 'object' || Array.isArray(body) || Buffer.isBuffer(body)) return requestOptions;
		const language = String(credentials.language ?? '').trim();
		// A path from the node (`/invoices/list`) is joined to the site's API URL here, so the node never
		// reads the credential; absolute URLs and an explicit baseURL are left alone.
		const url = String(requestOptions.url ?? '');
		const joined =
			!requestOptions.baseURL && url.startsWith('/') ? apiBaseUrl(String(credentials.siteUrl ?? '')) + url : url;
		return {
			...requestOptions,
			url: joined,
			body: {
				...(body as IDataObject),
				...(language ? { lang: language } : {}),
				company_account_id: String(credentials.companyAccountId ?? ''),
				apiKey: String(credentials.apiKey ?? ''),
			},
		};
	}
}
