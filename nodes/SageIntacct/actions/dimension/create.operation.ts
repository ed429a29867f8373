import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { createOperation } from '../../generic/objectOperations';
import type { IntacctClient } from '../../transport/client';
import { dimensionOf, dimensionProperty, uddSpec } from './spec';

/** Dimension > Create: records of the chosen user-defined dimension (generic functions). */
export const description: INodeProperties[] = [
	dimensionProperty(['create']),
	...createOperation(uddSpec('UDD')).description,
];

export async function execute(this: IExecuteFunctions, client: IntacctClient): Promise<INodeExecutionData[]> {
	return await createOperation(uddSpec(dimensionOf(this))).execute.call(this, client);
}
