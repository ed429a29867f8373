import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { getAllOperation } from '../../generic/objectOperations';
import type { IntacctClient } from '../../transport/client';
import { dimensionOf, dimensionProperty, uddSpec } from './spec';

/** Dimension > Get Many: records of the chosen user-defined dimension (generic functions). */
export const description: INodeProperties[] = [
	dimensionProperty(['getAll']),
	...getAllOperation(uddSpec('UDD')).description,
];

export async function execute(this: IExecuteFunctions, client: IntacctClient): Promise<INodeExecutionData[]> {
	return await getAllOperation(uddSpec(dimensionOf(this))).execute.call(this, client);
}
