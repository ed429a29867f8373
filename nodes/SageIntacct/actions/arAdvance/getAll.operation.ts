import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { executeGetAll, getAllDescription, type FilterSpec } from '../../helpers/records';
import type { IntacctClient } from '../../transport/client';

/** AR Advance > Get Many: readByQuery on ARADVANCE. */
const filters: FilterSpec[] = [
	{ name: 'customerId', displayName: 'Customer ID', field: 'CUSTOMERID' },
	{
		name: 'state',
		displayName: 'State',
		field: 'STATE',
		options: ['Draft', 'Posted', 'Partially Paid', 'Paid'].map((s) => ({ name: s, value: s })),
	},
];

export const description: INodeProperties[] = getAllDescription('arAdvance', 'advance', filters);

export async function execute(this: IExecuteFunctions, client: IntacctClient): Promise<INodeExecutionData[]> {
	return await executeGetAll(this, client, 'ARADVANCE', filters);
}
