import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { executeGetAll, getAllDescription, type FilterSpec } from '../../helpers/records';
import type { IntacctClient } from '../../transport/client';
import { PAYMENT_METHODS } from './create.operation';

/** AR Payment > Get Many: readByQuery on ARPYMT. */
const filters: FilterSpec[] = [
	{ name: 'customerId', displayName: 'Customer ID', field: 'CUSTOMERID' },
	{ name: 'documentNumber', displayName: 'Document Number', field: 'DOCNUMBER' },
	{
		name: 'paymentMethod',
		displayName: 'Payment Method',
		field: 'PAYMENTMETHOD',
		options: PAYMENT_METHODS.map((m) => ({ name: m, value: m })),
	},
	{
		name: 'state',
		displayName: 'State',
		field: 'STATE',
		options: ['Draft', 'Posted', 'Reversed'].map((s) => ({ name: s, value: s })),
	},
];

export const description: INodeProperties[] = getAllDescription('arPayment', 'payment', filters);

export async function execute(this: IExecuteFunctions, client: IntacctClient): Promise<INodeExecutionData[]> {
	return await executeGetAll(this, client, 'ARPYMT', filters);
}
