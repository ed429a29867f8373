import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { executeGet, getDescription } from '../../generic/records';
import type { IntacctClient } from '../../transport/client';

/** AR Adjustment > Get: generic read of ARADJUSTMENT by RECORDNO, with its lines. */
export const description: INodeProperties[] = getDescription('arAdjustment', 'adjustment');

export async function execute(this: IExecuteFunctions, client: IntacctClient): Promise<INodeExecutionData[]> {
	return await executeGet(this, client, 'ARADJUSTMENT', { ARADJUSTMENTITEMS: 'aradjustmentitem' });
}
