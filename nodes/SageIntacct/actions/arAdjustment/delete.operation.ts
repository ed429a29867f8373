import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { deleteDescription, executeDelete } from '../../generic/records';
import type { IntacctClient } from '../../transport/client';

/** AR Adjustment > Delete: generic delete of ARADJUSTMENT by RECORDNO (reference §4.4). */
export const description: INodeProperties[] = deleteDescription('arAdjustment', 'adjustment');

export async function execute(this: IExecuteFunctions, client: IntacctClient): Promise<INodeExecutionData[]> {
	return await executeDelete(this, client, 'ARADJUSTMENT');
}
