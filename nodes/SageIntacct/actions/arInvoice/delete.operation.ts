import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { deleteDescription, executeDelete } from '../../generic/records';
import type { IntacctClient } from '../../transport/client';

/** AR Invoice > Delete: generic delete of ARINVOICE by RECORDNO (reference §4.3). */
export const description: INodeProperties[] = deleteDescription('arInvoice', 'invoice');

export async function execute(this: IExecuteFunctions, client: IntacctClient): Promise<INodeExecutionData[]> {
	return await executeDelete(this, client, 'ARINVOICE');
}
