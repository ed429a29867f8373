import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { runWrites } from '../../../shared/items';
import { enumOptions, showFor } from '../../descriptions/common';
import { createRecord } from '../../transport/confirm';
import { WEBHOOK_EVENTS } from '../../transport/contract';
import { webhook, withoutSecret } from './spec';

const show = showFor('webhook', 'create');

export const properties: INodeProperties[] = [
	{
		displayName: 'URL',
		name: 'url',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'https://example.com/hook',
		displayOptions: { show },
	},
	{
		displayName: 'Event Types',
		name: 'eventTypes',
		type: 'multiOptions',
		options: enumOptions(WEBHOOK_EVENTS, Object.fromEntries(WEBHOOK_EVENTS.map((e) => [e, e]))),
		default: [],
		required: true,
		displayOptions: { show },
	},
	{ displayName: 'Description', name: 'description', type: 'string', default: '', displayOptions: { show } },
];

/** POST /webhooks [3P-CODE]. The OfficeRnD Trigger registers its own; this is for other receivers. */
export async function execute(this: IExecuteFunctions): Promise<INodeExecutionData[]> {
	return await runWrites(this, async (i) => {
		const eventTypes = this.getNodeParameter('eventTypes', i, []) as string[];
		if (!eventTypes.length)
			throw new NodeOperationError(this.getNode(), 'Choose at least one event type', { itemIndex: i });
		const body = {
			url: String(this.getNodeParameter('url', i)),
			eventTypes,
			description: String(this.getNodeParameter('description', i, '')),
		};
		return [withoutSecret(await createRecord(this, webhook.listPath, body, 'flex.settings.webhooks'))];
	});
}
