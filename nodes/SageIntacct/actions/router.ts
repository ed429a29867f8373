import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { IntacctClient } from '../transport/client';
import * as arInvoice from './arInvoice';
import * as customer from './customer';

type Operation = { execute: (this: IExecuteFunctions, client: IntacctClient) => Promise<INodeExecutionData[]> };

/** resource -> operation -> implementation. Adding a resource is one folder plus one line here. */
const resources: Record<string, Record<string, Operation>> = {
	arInvoice: { create: arInvoice.create },
	customer: { getAll: customer.getAll },
};

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const resource = this.getNodeParameter('resource', 0) as string;
	const operation = this.getNodeParameter('operation', 0) as string;
	const implementation = resources[resource]?.[operation];
	if (!implementation) {
		throw new NodeOperationError(this.getNode(), `The operation "${operation}" of "${resource}" is not supported`);
	}
	const settings = this.getNodeParameter('requestSettings', 0, {}) as IDataObject;
	const client = new IntacctClient(this, {
		batchSize: settings.batchSize as number | undefined,
		maxConcurrent: settings.maxConcurrent as number | undefined,
	});
	return [await implementation.execute.call(this, client)];
}
