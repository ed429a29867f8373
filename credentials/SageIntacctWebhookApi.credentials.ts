import type { ICredentialType, INodeProperties, Icon } from 'n8n-workflow';

/**
 * The bearer token Sage Intacct sends with its Platform Trigger webhook deliveries (or that a Smart
 * Event HTTP post is configured to send). Kept in a credential so it is stored encrypted and never
 * appears in workflow JSON or templates. Used by the Sage Intacct Trigger in webhook mode.
 */
export class SageIntacctWebhookApi implements ICredentialType {
	name = 'sageIntacctWebhookApi';

	displayName = 'Sage Intacct Webhook Token API';

	icon: Icon = { light: 'file:../icons/sageIntacct.svg', dark: 'file:../icons/sageIntacct.dark.svg' };

	documentationUrl = 'https://developer.sage.com/intacct/docs/developer-portal/guides/webhooks';

	properties: INodeProperties[] = [
		{
			displayName: 'Bearer Token',
			name: 'token',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'Deliveries whose Authorization header is not "Bearer" followed by this token are answered 401 and start nothing',
		},
	];
}
