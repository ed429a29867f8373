import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { entityOption } from '../../descriptions/common';
import { executeWrites } from '../../helpers/write';
import type { IntacctClient } from '../../transport/client';
import { keyList, objectName, objectProperty } from '../../generic/names';

/** Any Object > Delete: generic delete by RECORDNO list (reference 3.2). */
const show = { resource: ['anyObject'], operation: ['delete'] };

export const description: INodeProperties[] = [
	objectProperty(['delete']),
	{
		displayName: 'Record Numbers',
		name: 'keys',
		type: 'string',
		required: true,
		default: '',
		placeholder: '112,113',
		description: 'Comma-separated RECORDNOs',
		displayOptions: { show },
	},
	{ displayName: 'Idempotency Key', name: 'idempotencyKey', type: 'string', default: '', displayOptions: { show } },
	{
		displayName: 'Write Options',
		name: 'writeOptions',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show },
		options: [
			entityOption,
			{
				displayName: 'Preview Only',
				name: 'preview',
				type: 'boolean',
				default: false,
				description: 'Whether to output the request without sending it',
			},
		],
	},
];

export async function execute(this: IExecuteFunctions, client: IntacctClient): Promise<INodeExecutionData[]> {
	return await executeWrites(this, client, (i) => {
		const object = objectName(this.getNodeParameter('object', i));
		const keys = keyList(this.getNodeParameter('keys', i), 'record numbers');
		return { body: { delete: { object, keys } }, output: () => ({ deleted: true, object, keys: keys.split(',') }) };
	});
}
