import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { IntacctClient } from '../transport/client';
import * as arAdjustment from './arAdjustment';
import * as arAdvance from './arAdvance';
import * as arInvoice from './arInvoice';
import * as arPayment from './arPayment';
import * as customer from './customer';
import * as anyObject from './anyObject';
import * as apAdjustment from './apAdjustment';
import * as apBill from './apBill';
import * as apPayment from './apPayment';
import * as arTerm from './arTerm';
import * as classDimension from './class';
import * as contact from './contact';
import * as department from './department';
import * as dimension from './dimension';
import * as entity from './entity';
import * as glAccount from './glAccount';
import * as item from './item';
import * as journalEntry from './journalEntry';
import * as location from './location';
import * as project from './project';
import * as taxDetail from './taxDetail';
import * as vendor from './vendor';
import * as orderEntryTransaction from './orderEntryTransaction';

type Operation = { execute: (this: IExecuteFunctions, client: IntacctClient) => Promise<INodeExecutionData[]> };

/** resource -> operation -> implementation. Adding a resource is one folder plus one line here. */
const resources: Record<string, Record<string, Operation>> = {
	arAdjustment: {
		create: arAdjustment.create,
		update: arAdjustment.update,
		delete: arAdjustment.del,
		get: arAdjustment.get,
		getAll: arAdjustment.getAll,
	},
	arAdvance: { create: arAdvance.create, get: arAdvance.get, getAll: arAdvance.getAll },
	arInvoice: {
		create: arInvoice.create,
		update: arInvoice.update,
		upsert: arInvoice.upsert,
		reverse: arInvoice.reverse,
		delete: arInvoice.del,
		get: arInvoice.get,
		getAll: arInvoice.getAll,
		getPdf: arInvoice.getPdf,
	},
	arPayment: {
		create: arPayment.create,
		reverse: arPayment.reverse,
		delete: arPayment.del,
		get: arPayment.get,
		getAll: arPayment.getAll,
	},
	anyObject: {
		query: anyObject.query,
		read: anyObject.read,
		create: anyObject.create,
		update: anyObject.update,
		delete: anyObject['delete'],
		rawXml: anyObject.rawXml,
	},
	apAdjustment: {
		create: apAdjustment.create,
		delete: apAdjustment.del,
		get: apAdjustment.get,
		getAll: apAdjustment.getAll,
	},
	apBill: {
		create: apBill.create,
		update: apBill.update,
		upsert: apBill.upsert,
		delete: apBill['delete'],
		get: apBill.get,
		getAll: apBill.getAll,
	},
	apPayment: { create: apPayment.create, get: apPayment.get, getAll: apPayment.getAll },
	arTerm: { create: arTerm.create, update: arTerm.update, get: arTerm.get, getAll: arTerm.getAll },
	class: {
		create: classDimension.create,
		update: classDimension.update,
		get: classDimension.get,
		getAll: classDimension.getAll,
	},
	contact: { create: contact.create, update: contact.update, get: contact.get, getAll: contact.getAll },
	customer: {
		create: customer.create,
		update: customer.update,
		upsert: customer.upsert,
		delete: customer['delete'],
		get: customer.get,
		getAll: customer.getAll,
	},
	department: { create: department.create, update: department.update, get: department.get, getAll: department.getAll },
	dimension: {
		getDimensions: dimension.getDimensions,
		getAll: dimension.getAll,
		get: dimension.get,
		create: dimension.create,
		update: dimension.update,
	},
	entity: { get: entity.get, getAll: entity.getAll },
	glAccount: { create: glAccount.create, update: glAccount.update, get: glAccount.get, getAll: glAccount.getAll },
	item: { create: item.create, update: item.update, get: item.get, getAll: item.getAll },
	journalEntry: { create: journalEntry.create, get: journalEntry.get, getAll: journalEntry.getAll },
	location: { create: location.create, update: location.update, get: location.get, getAll: location.getAll },
	project: { create: project.create, update: project.update, get: project.get, getAll: project.getAll },
	taxDetail: { get: taxDetail.get, getAll: taxDetail.getAll },
	vendor: {
		create: vendor.create,
		update: vendor.update,
		upsert: vendor.upsert,
		delete: vendor['delete'],
		get: vendor.get,
		getAll: vendor.getAll,
	},
	orderEntryTransaction: {
		create: orderEntryTransaction.create,
		get: orderEntryTransaction.get,
		getAll: orderEntryTransaction.getAll,
	},
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
