import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { listLimit, runPerItem } from '../../../shared/items';
import { entityOption, returnAllOrLimit } from '../../descriptions/common';
import { readScopeOption, readInScope } from '../../helpers/entity';
import { buildQuery } from '../../helpers/query';
import type { IntacctClient } from '../../transport/client';

const show = { resource: ['customer'], operation: ['getAll'] };

export const description: INodeProperties[] = [
	...returnAllOrLimit('customer', 'getAll'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: { show },
		options: [
			{
				displayName: 'Modified Since',
				name: 'modifiedSince',
				type: 'dateTime',
				default: '',
				description: 'Only customers whose WHENMODIFIED is at or after this time (company time, no time zone)',
			},
			{
				displayName: 'Query',
				name: 'query',
				type: 'string',
				default: '',
				placeholder: "NAME LIKE 'A%'",
				description: 'A raw readByQuery condition, combined with the other filters by AND',
			},
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				options: [
					{ name: 'Active', value: 'active' },
					{ name: 'Inactive', value: 'inactive' },
				],
				default: 'active',
			},
		],
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show },
		options: [
			entityOption,
			readScopeOption,
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
		const filters = this.getNodeParameter('filters', i, {}) as IDataObject;
		const options = this.getNodeParameter('options', i, {}) as IDataObject;
		const query = buildQuery({
			equals: filters.status ? { STATUS: String(filters.status) } : {},
			modifiedSince: filters.modifiedSince as string | undefined,
			raw: filters.query as string | undefined,
		});
		const limit = listLimit(this, i);
		// Reference §1.7: at the top level, entity-private customers are read in each entity's session.
		return await readInScope(
			this,
			client,
			options,
			(options.fields as string) || '*',
			async (entity, fields) => await client.readByQuery({ object: 'CUSTOMER', query, fields, limit, entity }),
			limit,
		);
	});
}
