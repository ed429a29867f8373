/*
 * n8n credentials that point at the local sandbox (sandbox/main.ts). Imported by `npm start`
 * (scripts/start.js) into .n8n-local/, and usable by e2e tests:
 *
 *   const { sandboxCredentials } = require('../../scripts/sandbox-credentials.js');
 *   await n8n.importCredentials(sandboxCredentials('http://127.0.0.1:5680'));
 *
 * The ids are fixed so that the workflow templates under workflows/ can reference them
 * (`"credentials": { "sageIntacctApi": { "id": "sandboxIntacct", "name": "Sage Intacct (sandbox)" } }`).
 * One entry per system: add yours to the list below (id, name, type = the credential's `name`).
 * The values are the sandbox's seeded test credentials, not secrets.
 */
'use strict';

/**
 * @param {string} sandboxUrl base URL of the sandbox without trailing slash, e.g. http://127.0.0.1:5680
 * @returns {{ id: string, name: string, type: string, data: Record<string, unknown> }[]}
 */
function sandboxCredentials(sandboxUrl) {
	const base = String(sandboxUrl).replace(/\/+$/, '');
	return [
		{
			id: 'sandboxIntacct',
			name: 'Sage Intacct (sandbox)',
			type: 'sageIntacctApi',
			data: {
				senderId: 'SANDBOX_SENDER',
				senderPassword: 'sandbox-sender-pass',
				userId: 'api_user',
				companyId: 'SANDBOX-CO',
				userPassword: 'sandbox-user-pass',
				entityId: '',
				endpointUrl: `${base}/intacct/ia/xml/xmlgw.phtml`,
			},
		},
		{
			// Bearer token the sandbox sends with POST /__admin/intacct/webhook deliveries (tests, templates).
			id: 'sandboxIntacctWebhook',
			name: 'Sage Intacct webhook token (sandbox)',
			type: 'sageIntacctWebhookApi',
			data: { token: 'sandbox-intacct-webhook-token' },
		},
		{
			id: 'sandboxReLeased',
			name: 'Re-Leased (sandbox)',
			type: 'reLeasedApi',
			data: {
				baseUrl: `${base}/released`,
				apiToken: 'released-sandbox-token',
				headerName: 'Authorization',
				headerValuePrefix: 'Bearer ',
			},
		},
		{
			id: 'sandboxOfficeRnd',
			name: 'OfficeRnD (sandbox)',
			type: 'officeRndOAuth2Api',
			data: {
				clientId: 'sandbox-client',
				clientSecret: 'sandbox-client-secret',
				orgSlug: 'sandbox-coworking',
				accessTokenUrl: `${base}/officernd/oauth/token`,
				baseUrl: `${base}/officernd/api/v2`,
			},
		},
		{
			id: 'sandboxScoro',
			name: 'Scoro (sandbox)',
			type: 'scoroApi',
			data: {
				siteUrl: `${base}/scoro`,
				apiKey: 'ScoroAPI_sandbox_0123456789abcdef',
				companyAccountId: 'sandbox',
				language: 'eng',
			},
		},
	];
}

module.exports = { sandboxCredentials };
