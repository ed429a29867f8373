import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { executeGet, getDescription } from '../../generic/records';
import type { IntacctClient } from '../../transport/client';

/** AR Advance > Get: generic read of ARADVANCE by RECORDNO, with its lines. */
export const description: INodeProperties[] = getDescription('arAdvance', 'advance');

export async function execute(this: IExecuteFunctions, client: IntacctClient): Promise<INodeExecutionData[]> {
	return await executeGet(this, client, 'ARADVANCE', { ARADVANCEITEMS: 'aradvanceitem' });
}
