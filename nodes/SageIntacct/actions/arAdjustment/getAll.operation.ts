import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { executeGetAll, getAllDescription, type FilterSpec } from '../../helpers/records';
import type { IntacctClient } from '../../transport/client';

/** AR Adjustment > Get Many: readByQuery on ARADJUSTMENT (credit and debit memos). */
const filters: FilterSpec[] = [
	{ name: 'customerId', displayName: 'Customer ID', field: 'CUSTOMERID' },
	{ name: 'adjustmentNumber', displayName: 'Adjustment Number', field: 'RECORDID' },
	{
		name: 'state',
		displayName: 'State',
		field: 'STATE',
		options: ['Draft', 'Posted', 'Partially Paid', 'Paid'].map((s) => ({ name: s, value: s })),
	},
];

export const description: INodeProperties[] = getAllDescription('arAdjustment', 'adjustment', filters);

export async function execute(this: IExecuteFunctions, client: IntacctClient): Promise<INodeExecutionData[]> {
	return await executeGetAll(this, client, 'ARADJUSTMENT', filters);
}
