import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { writeFields } from '../../descriptions/write';
import { executeWrites, recordFromInput } from '../../helpers/write';
import type { IntacctClient } from '../../transport/client';
import { legacyFunction, LegacyShapeError } from '../../transport/legacy';
import { termFields, termFromFields } from '../../generic/termFields';

/** AR Term > Update: legacy update_arterm, addressed by the term's name (attribute). */
export const description: INodeProperties[] = [
	...writeFields('arTerm', ['update']),
	{
		displayName: 'Term Name or ID',
		name: 'termName',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'getTerms' },
		required: true,
		default: '',
		description:
			'The term to update. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		displayOptions: { show: { resource: ['arTerm'], operation: ['update'], recordSource: ['fields'] } },
	},
	...termFields('update'),
];

export async function execute(this: IExecuteFunctions, client: IntacctClient): Promise<INodeExecutionData[]> {
	return await executeWrites(this, client, (i) => {
		const record = recordFromInput(this, i, () => ({
			name: this.getNodeParameter('termName', i),
			...termFromFields(this, i),
		}));
		if (!record.name) throw new LegacyShapeError('update_arterm needs the term name (name).', 'name');
		return { body: legacyFunction('update_arterm', record), output: (r) => ({ NAME: r.key ?? record.name }) };
	});
}
