import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { runPerItem } from '../../../shared/items';
import type { IntacctClient } from '../../transport/client';

/** Dimension > Get Dimensions: getDimensions lists standard dimensions and UDDs (reference 3.5). */
export const description: INodeProperties[] = [
	{
		displayName: 'User-Defined Only',
		name: 'userDefinedOnly',
		type: 'boolean',
		default: false,
		description: 'Whether to return only user-defined dimensions',
		displayOptions: { show: { resource: ['dimension'], operation: ['getDimensions'] } },
	},
];

export async function listDimensions(client: IntacctClient): Promise<IDataObject[]> {
	const result = await client.runOne({ controlId: 'getDimensions', body: { getDimensions: '' } }, { readOnly: true });
	return result.records as IDataObject[];
}

export const isUserDefined = (d: IDataObject) => String(d.userDefinedDimension ?? '').toLowerCase() === 'true';

export async function execute(this: IExecuteFunctions, client: IntacctClient): Promise<INodeExecutionData[]> {
	return await runPerItem(this, async (i) => {
		const all = await listDimensions(client);
		return this.getNodeParameter('userDefinedOnly', i, false) ? all.filter(isUserDefined) : all;
	});
}
