import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { getOperation } from '../../generic/objectOperations';
import type { IntacctClient } from '../../transport/client';
import { dimensionOf, dimensionProperty, uddSpec } from './spec';

/** Dimension > Get: records of the chosen user-defined dimension (generic functions). */
export const description: INodeProperties[] = [dimensionProperty(['get']), ...getOperation(uddSpec('UDD')).description];

export async function execute(this: IExecuteFunctions, client: IntacctClient): Promise<INodeExecutionData[]> {
	return await getOperation(uddSpec(dimensionOf(this))).execute.call(this, client);
}
