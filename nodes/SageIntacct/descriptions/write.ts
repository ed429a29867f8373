import type { INodeProperties } from 'n8n-workflow';
import { entityOption } from './common';

/**
 * Fields every write operation shares: where the record comes from, the idempotency key, and the
 * write options (preview, all-or-nothing, entity).
 */
export function writeFields(resource: string, operations: string[]): INodeProperties[] {
	const show = { resource: [resource], operation: operations };
	return [
		{
			displayName: 'Record Source',
			name: 'recordSource',
			type: 'options',
			options: [
				{ name: 'Fields Below', value: 'fields', description: 'Set the fields in this node' },
				{
					name: 'Whole Record From Input',
					value: 'json',
					description: 'Use a whole record, e.g. what the Accounting Mapper emits',
				},
			],
			default: 'fields',
			displayOptions: { show },
		},
		{
			displayName: 'Record (JSON)',
			name: 'record',
			type: 'json',
			default: '={{ $json.record ?? $json }}',
			description: 'The record in the write shape of this operation (element names as Sage Intacct names them)',
			displayOptions: { show: { ...show, recordSource: ['json'] } },
		},
		{
			displayName: 'Idempotency Key',
			name: 'idempotencyKey',
			type: 'string',
			default: '={{ $json.idempotencyKey ?? "" }}',
			description:
				'A key that is the same every time the same source record version is written (e.g. source system, ID and version). Sent as the function control ID with uniqueid=true, so a retried or repeated run creates nothing new. Empty: a key is derived from the record itself, so identical records are written once; give a key to write the same content again on purpose.',
			displayOptions: { show },
		},
		{
			displayName: 'Write Options',
			name: 'writeOptions',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			displayOptions: { show },
			options: [
				{
					displayName: 'All or Nothing per Request',
					name: 'transaction',
					type: 'boolean',
					default: false,
					description:
						'Whether the functions in one request form one transaction: if one fails, the others in the same request are rolled back',
				},
				entityOption,
				{
					displayName: 'Remove Invalid XML Characters',
					name: 'removeInvalidXmlChars',
					type: 'boolean',
					default: false,
					description:
						'Whether to remove characters XML does not allow (control characters such as U+0001) from the values before sending. Off: such an item fails with an error naming the field.',
				},
				{
					displayName: 'Preview Only',
					name: 'preview',
					type: 'boolean',
					default: false,
					description:
						'Whether to output the request that would be sent (credentials and session masked) without sending it',
				},
			],
		},
	];
}
