import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { executeGet, getDescription } from '../../generic/records';
import type { IntacctClient } from '../../transport/client';

/** AR Invoice > Get: generic read of ARINVOICE by RECORDNO, with its lines (ARINVOICEITEMS). */
export const description: INodeProperties[] = getDescription('arInvoice', 'invoice');

export async function execute(this: IExecuteFunctions, client: IntacctClient): Promise<INodeExecutionData[]> {
	return await executeGet(this, client, 'ARINVOICE', { ARINVOICEITEMS: 'arinvoiceitem' });
}
