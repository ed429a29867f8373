import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { executeGetAll, getAllDescription, type FilterSpec } from '../../generic/records';
import type { IntacctClient } from '../../transport/client';

/**
 * AR Invoice > Get Many: readByQuery on ARINVOICE. MODULEKEY tells invoices made in AR (4.AR) from
 * those made by Order Entry (8.SO), whose RECORDNO changes when the OE document is edited (§3.6).
 */
const filters: FilterSpec[] = [
	{ name: 'customerId', displayName: 'Customer ID', field: 'CUSTOMERID' },
	{
		name: 'moduleKey',
		displayName: 'Created In (MODULEKEY)',
		field: 'MODULEKEY',
		options: [
			{ name: 'Accounts Receivable (4.AR)', value: '4.AR' },
			{ name: 'Order Entry (8.SO)', value: '8.SO' },
		],
	},
	{ name: 'invoiceNumber', displayName: 'Invoice Number', field: 'RECORDID' },
	{
		name: 'state',
		displayName: 'State',
		field: 'STATE',
		options: ['Draft', 'Posted', 'Partially Paid', 'Paid', 'Reversed'].map((s) => ({ name: s, value: s })),
	},
];

export const description: INodeProperties[] = getAllDescription('arInvoice', 'invoice', filters);

export async function execute(this: IExecuteFunctions, client: IntacctClient): Promise<INodeExecutionData[]> {
	return await executeGetAll(this, client, 'ARINVOICE', filters);
}
