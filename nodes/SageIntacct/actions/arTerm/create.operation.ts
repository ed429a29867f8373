import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { writeFields } from '../../descriptions/write';
import { executeWrites, recordFromInput } from '../../helpers/write';
import { findById } from '../../generic/objectOperations';
import type { IntacctClient } from '../../transport/client';
import { legacyFunction } from '../../transport/legacy';
import { arTermSpec } from './spec';
import { termFields, termFromFields } from '../../generic/termFields';

/** AR Term > Create: legacy create_arterm (api.xsd), elements ordered per the schema. */
export const description: INodeProperties[] = [
	...writeFields('arTerm', ['create']),
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'Net 30',
		displayOptions: { show: { resource: ['arTerm'], operation: ['create'], recordSource: ['fields'] } },
	},
	...termFields('create'),
];

export async function execute(this: IExecuteFunctions, client: IntacctClient): Promise<INodeExecutionData[]> {
	return await executeWrites(this, client, (i) => {
		const record = recordFromInput(this, i, () => ({
			name: this.getNodeParameter('name', i),
			...termFromFields(this, i),
		}));
		return {
			body: legacyFunction('create_arterm', record),
			lookup: async (c, entity) => await findById(c, arTermSpec, String(record.name ?? ''), entity),
			output: (r) => ({ NAME: r.key ?? record.name }),
		};
	});
}
