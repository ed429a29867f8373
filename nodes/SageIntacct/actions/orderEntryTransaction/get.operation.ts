import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { executeGet, getDescription } from '../../generic/records';
import type { IntacctClient } from '../../transport/client';

/**
 * Order Entry Transaction > Get: generic read of SODOCUMENT by RECORDNO, with its lines. Note:
 * read returns zero-based LINE_NO, update_sotransaction takes one-based line_num (reference §3.1).
 */
export const description: INodeProperties[] = [
	...getDescription('orderEntryTransaction', 'transaction'),
	{
		displayName: 'Transaction Definition',
		name: 'docparid',
		type: 'string',
		default: '',
		placeholder: 'Sales Invoice',
		description: 'Optional: the definition (docparid), needed to read its custom fields',
		displayOptions: { show: { resource: ['orderEntryTransaction'], operation: ['get'] } },
	},
];

export async function execute(this: IExecuteFunctions, client: IntacctClient): Promise<INodeExecutionData[]> {
	return await executeGet(this, client, 'SODOCUMENT', { SODOCUMENTENTRIES: 'sodocumententry' }, (i) => {
		const docparid = String(this.getNodeParameter('docparid', i, '') ?? '').trim();
		return docparid ? { docparid } : {};
	});
}
