import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { executeGet, getDescription } from '../../generic/records';
import type { IntacctClient } from '../../transport/client';

/** AR Payment > Get: generic read of ARPYMT by RECORDNO, with its details (ARPYMTDETAILS). */
export const description: INodeProperties[] = getDescription('arPayment', 'payment');

export async function execute(this: IExecuteFunctions, client: IntacctClient): Promise<INodeExecutionData[]> {
	return await executeGet(this, client, 'ARPYMT', { ARPYMTDETAILS: 'arpymtdetail' });
}
