import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { updateOperation } from '../../generic/objectOperations';
import type { IntacctClient } from '../../transport/client';
import { dimensionOf, dimensionProperty, uddSpec } from './spec';

/** Dimension > Update: records of the chosen user-defined dimension (generic functions). */
export const description: INodeProperties[] = [
	dimensionProperty(['update']),
	...updateOperation(uddSpec('UDD')).description,
];

export async function execute(this: IExecuteFunctions, client: IntacctClient): Promise<INodeExecutionData[]> {
	return await updateOperation(uddSpec(dimensionOf(this))).execute.call(this, client);
}
