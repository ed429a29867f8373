import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { deleteDescription, executeDelete } from '../../generic/records';
import type { IntacctClient } from '../../transport/client';

/** AP Adjustment > Delete: generic delete of APADJUSTMENT by RECORDNO (as AR adjustments, reference §4.4). */
export const description: INodeProperties[] = deleteDescription('apAdjustment', 'adjustment');

export async function execute(this: IExecuteFunctions, client: IntacctClient): Promise<INodeExecutionData[]> {
	return await executeDelete(this, client, 'APADJUSTMENT');
}
