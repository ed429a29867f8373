import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { executeGet, getDescription } from '../../generic/records';
import type { IntacctClient } from '../../transport/client';

/** AP Adjustment > Get: generic read of APADJUSTMENT by RECORDNO, with its lines (APADJUSTMENTITEMS). */
export const description: INodeProperties[] = getDescription('apAdjustment', 'adjustment');

export async function execute(this: IExecuteFunctions, client: IntacctClient): Promise<INodeExecutionData[]> {
	return await executeGet(this, client, 'APADJUSTMENT', { APADJUSTMENTITEMS: 'apadjustmentitem' });
}
