import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
	Icon,
} from 'n8n-workflow';
import { renderCredentialBlocks } from '../nodes/SageIntacct/transport/xml';

/**
 * Sage Intacct XML Web Services. The secrets travel in the XML body, not in headers, so
 * `authenticate` fills the sender and login blocks into the request the node built; node code,
 * previews and errors only ever see the placeholders.
 */
export class SageIntacctApi implements ICredentialType {
	name = 'sageIntacctApi';

	displayName = 'Sage Intacct API';

	icon: Icon = { light: 'file:../icons/sageIntacct.svg', dark: 'file:../icons/sageIntacct.dark.svg' };

	documentationUrl = 'https://developer.intacct.com/web-services/';

	properties: INodeProperties[] = [
		{
			displayName: 'Sender ID',
			name: 'senderId',
			type: 'string',
			default: '',
			required: true,
			description:
				'Web Services sender ID. It must be authorised in the company: Company > Setup > Security > Web Services authorizations.',
		},
		{
			displayName: 'Sender Password',
			name: 'senderPassword',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
		},
		{
			displayName: 'User ID',
			name: 'userId',
			type: 'string',
			default: '',
			required: true,
			description: 'A Web Services user of the company (Company > Admin > Web Services users)',
		},
		{
			displayName: 'Company ID',
			name: 'companyId',
			type: 'string',
			default: '',
			required: true,
		},
		{
			displayName: 'User Password',
			name: 'userPassword',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
		},
		{
			displayName: 'Entity ID',
			name: 'entityId',
			type: 'string',
			default: '',
			description: 'For multi-entity companies: the entity (location ID) to sign in to. Leave empty for the top level.',
		},
		{
			displayName: 'Endpoint URL',
			name: 'endpointUrl',
			type: 'string',
			default: 'https://api.intacct.com/ia/xml/xmlgw.phtml',
			description:
				"Sage's public XML gateway by default; any URL is allowed for private endpoints and the local sandbox",
		},
	];

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		if (typeof requestOptions.body !== 'string') return requestOptions;
		return {
			...requestOptions,
			body: renderCredentialBlocks(requestOptions.body, {
				senderId: String(credentials.senderId ?? ''),
				senderPassword: String(credentials.senderPassword ?? ''),
				userId: String(credentials.userId ?? ''),
				companyId: String(credentials.companyId ?? ''),
				userPassword: String(credentials.userPassword ?? ''),
				entityId: String(credentials.entityId ?? ''),
			}),
		};
	}
}
