import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import type { OperationName, ResourceSpec } from '../generic/spec';
import * as accountingObject from './accountingObject';
import * as bill from './bill';
import * as contact from './contact';
import * as creditInvoice from './creditInvoice';
import * as financeAccount from './financeAccount';
import * as invoice from './invoice';
import * as create from '../generic/create';
import * as deleteOp from '../generic/delete';
import * as get from '../generic/get';
import * as getAll from '../generic/getAll';
import * as update from '../generic/update';
import * as prepayment from './prepayment';
import * as project from './project';
import * as receipt from './receipt';
import * as vatCode from './vatCode';

/**
 * resource -> its spec (one line per resource). Every Scoro module speaks the same
 * list/view/modify/delete, so the five operations are shared: Invoice > Update runs
 * operations/update.operation.ts with the spec in invoice/index.ts.
 */
export const RESOURCES: Record<string, ResourceSpec> = {
	invoice: invoice.spec,
	creditInvoice: creditInvoice.spec,
	bill: bill.spec,
	receipt: receipt.spec,
	prepayment: prepayment.spec,
	contact: contact.spec,
	financeAccount: financeAccount.spec,
	vatCode: vatCode.spec,
	accountingObject: accountingObject.spec,
	project: project.spec,
};

export const RESOURCE_DESCRIPTIONS = [
	invoice.description,
	creditInvoice.description,
	bill.description,
	receipt.description,
	prepayment.description,
	contact.description,
	financeAccount.description,
	vatCode.description,
	accountingObject.description,
	project.description,
].flat();

const OPERATIONS: Record<OperationName, (this: IExecuteFunctions, spec: ResourceSpec) => Promise<INodeExecutionData[]>> = {
	getAll: getAll.execute,
	get: get.execute,
	create: create.execute,
	update: update.execute,
	delete: deleteOp.execute,
};

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const resource = this.getNodeParameter('resource', 0) as string;
	const operation = this.getNodeParameter('operation', 0) as OperationName;
	const spec = RESOURCES[resource];
	if (!spec || !spec.operations.includes(operation)) {
		throw new NodeOperationError(this.getNode(), `The operation "${operation}" of "${resource}" is not supported`);
	}
	return [await OPERATIONS[operation].call(this, spec)];
}
