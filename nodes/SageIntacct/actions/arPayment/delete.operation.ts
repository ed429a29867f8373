import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { deleteDescription, executeDelete } from '../../generic/records';
import type { IntacctClient } from '../../transport/client';

/** AR Payment > Delete: generic delete of ARPYMT by RECORDNO (reference §4.5). */
export const description: INodeProperties[] = deleteDescription('arPayment', 'payment');

export async function execute(this: IExecuteFunctions, client: IntacctClient): Promise<INodeExecutionData[]> {
	return await executeDelete(this, client, 'ARPYMT');
}
