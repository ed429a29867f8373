import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { executeGetAll, getAllDescription, type FilterSpec } from '../../helpers/records';
import type { IntacctClient } from '../../transport/client';

/** Order Entry Transaction > Get Many: readByQuery on SODOCUMENT. */
const filters: FilterSpec[] = [
	{ name: 'transactionType', displayName: 'Transaction Definition', field: 'DOCPARID', placeholder: 'Sales Invoice' },
	{ name: 'customerId', displayName: 'Customer ID', field: 'CUSTVENDID' },
	{
		name: 'state',
		displayName: 'State',
		field: 'STATE',
		options: ['Draft', 'Pending', 'Closed'].map((s) => ({ name: s, value: s })),
	},
];

export const description: INodeProperties[] = getAllDescription('orderEntryTransaction', 'transaction', filters);

export async function execute(this: IExecuteFunctions, client: IntacctClient): Promise<INodeExecutionData[]> {
	return await executeGetAll(this, client, 'SODOCUMENT', filters);
}
