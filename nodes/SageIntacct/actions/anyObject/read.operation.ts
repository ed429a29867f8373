import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { runPerItem } from '../../../shared/items';
import { entityOption } from '../../descriptions/common';
import { entityChoice } from '../../helpers/entity';
import type { IntacctClient } from '../../transport/client';
import { keyList, objectName, objectProperty } from '../../generic/names';

/** Any Object > Read: `read` by RECORDNO or `readByName` by ID (reference 3.2), up to 100 keys. */
const show = { resource: ['anyObject'], operation: ['read'] };

export const description: INodeProperties[] = [
	objectProperty(['read']),
	{
		displayName: 'Keys Are',
		name: 'keyType',
		type: 'options',
		options: [
			{ name: 'Record Numbers (Read)', value: 'recordNo' },
			{ name: 'IDs or Names (ReadByName)', value: 'name' },
		],
		default: 'recordNo',
		displayOptions: { show },
	},
	{
		displayName: 'Keys',
		name: 'keys',
		type: 'string',
		required: true,
		default: '',
		placeholder: '12,13',
		description: 'Comma-separated, at most 100',
		displayOptions: { show },
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show },
		options: [
			{ displayName: 'Document Type (Docparid)', name: 'docparid', type: 'string', default: '' },
			entityOption,
			{
				displayName: 'Fields',
				name: 'fields',
				type: 'string',
				default: '*',
				description: 'Comma-separated field names to return, or * for all',
			},
		],
	},
];

export async function execute(this: IExecuteFunctions, client: IntacctClient): Promise<INodeExecutionData[]> {
	return await runPerItem(this, async (i) => {
		const object = objectName(this.getNodeParameter('object', i));
		const byName = this.getNodeParameter('keyType', i, 'recordNo') === 'name';
		const options = this.getNodeParameter('options', i, {}) as IDataObject;
		const result = await client.runOne(
			{
				controlId: `read-${object}-${i}`,
				body: {
					[byName ? 'readByName' : 'read']: {
						object,
						keys: keyList(this.getNodeParameter('keys', i)),
						fields: (options.fields as string) || '*',
						returnFormat: 'xml',
						...(options.docparid ? { docparid: options.docparid as string } : {}),
					},
				},
			},
			{ entity: entityChoice(options.entity), readOnly: true },
		);
		return result.records as IDataObject[];
	});
}
