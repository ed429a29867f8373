import type {
	IDataObject,
	IExecuteFunctions,
	IHttpRequestMethods,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { runPerItem } from '../../../shared/items';
import { asRecord } from '../../helpers/record';
import { CREDENTIAL_TYPE, type ReLeasedClient } from '../../transport/client';
import { normaliseBaseUrl } from '../../transport/contract';
import { atItemAsync, pathUnderBase } from '../../../shared/validate';

const show = { resource: ['request'], operation: ['send'] };

/**
 * Request > Send: any call on the Re-Leased API with the credential, for whatever the contract
 * (or this node) does not cover. No user is ever blocked by the contract's assumptions.
 */
export const properties: INodeProperties[] = [
	{
		displayName: 'Method',
		name: 'method',
		type: 'options',
		options: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].map((m) => ({ name: m, value: m })),
		default: 'GET',
		displayOptions: { show },
	},
	{
		displayName: 'Path',
		name: 'path',
		type: 'string',
		default: '',
		required: true,
		placeholder: '/invoices',
		description: "Path after the credential's Base URL",
		displayOptions: { show },
	},
	{
		displayName: 'Query Parameters (JSON)',
		name: 'query',
		type: 'json',
		default: '{}',
		displayOptions: { show },
	},
	{
		displayName: 'Body (JSON)',
		name: 'body',
		type: 'json',
		default: '{}',
		displayOptions: { show: { ...show, method: ['POST', 'PUT', 'PATCH', 'DELETE'] } },
	},
	{
		displayName: 'Retry Safely',
		name: 'idempotent',
		type: 'boolean',
		default: false,
		description:
			'Whether this write may be repeated after a server error or lost answer (GET requests always are). Turn on only when sending it twice cannot create a duplicate.',
		displayOptions: { show: { ...show, method: ['POST', 'PUT', 'PATCH', 'DELETE'] } },
	},
];

export async function execute(this: IExecuteFunctions, client: ReLeasedClient): Promise<INodeExecutionData[]> {
	return await runPerItem(
		this,
		async (i) =>
			await atItemAsync(i, async () => {
				const method = this.getNodeParameter('method', i) as IHttpRequestMethods;
				const raw = this.getNodeParameter('path', i, '') as unknown;
				// Only paths under the Base URL's path: an absolute URL would send the token to another host, and
				// `..` (also %2e%2e) would leave the API's base path on the same host (e.g. /../__admin/reset).
				const base = normaliseBaseUrl((await this.getCredentials(CREDENTIAL_TYPE, i)).baseUrl);
				const path = pathUnderBase(base, raw, 'Path');
				const qs = asRecord(this.getNodeParameter('query', i, '{}'), 'Query Parameters');
				const body = method === 'GET' ? undefined : asRecord(this.getNodeParameter('body', i, '{}'), 'Body');
				const idempotent = method === 'GET' || (this.getNodeParameter('idempotent', i, false) as boolean);
				const answer = await client.request<unknown>(method, path, { qs, body, idempotent });
				if (Array.isArray(answer))
					return answer.map((v) => (v && typeof v === 'object' ? (v as IDataObject) : { value: v as string }));
				return [answer && typeof answer === 'object' ? (answer as IDataObject) : { body: answer as string }];
			}),
	);
}
