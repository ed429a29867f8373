import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { executeGetAll, getAllDescription, type FilterSpec } from '../../helpers/records';
import type { IntacctClient } from '../../transport/client';

/** AP Adjustment > Get Many: readByQuery on APADJUSTMENT (debit and credit memos). */
const filters: FilterSpec[] = [
	{ name: 'vendorId', displayName: 'Vendor ID', field: 'VENDORID' },
	{ name: 'adjustmentNumber', displayName: 'Adjustment Number', field: 'RECORDID' },
	{
		name: 'state',
		displayName: 'State',
		field: 'STATE',
		options: ['Draft', 'Posted', 'Partially Paid', 'Paid'].map((s) => ({ name: s, value: s })),
	},
];

export const description: INodeProperties[] = getAllDescription('apAdjustment', 'adjustment', filters);

export async function execute(this: IExecuteFunctions, client: IntacctClient): Promise<INodeExecutionData[]> {
	return await executeGetAll(this, client, 'APADJUSTMENT', filters);
}
