import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import type { EntityOf, Registry } from '../../shared/resource';
import { nodeRegistry } from '../../shared/resource';
import { requestSettings } from '../descriptions/common';
import { IntacctClient } from '../transport/client';
import * as anyObject from './anyObject';
import * as apAdjustment from './apAdjustment';
import * as apBill from './apBill';
import * as apPayment from './apPayment';
import * as apTerm from './apTerm';
import * as arAdjustment from './arAdjustment';
import * as arAdvance from './arAdvance';
import * as arInvoice from './arInvoice';
import * as arPayment from './arPayment';
import * as arTerm from './arTerm';
import * as classDimension from './class';
import * as contact from './contact';
import * as customer from './customer';
import * as department from './department';
import * as dimension from './dimension';
import * as entity from './entity';
import * as glAccount from './glAccount';
import * as item from './item';
import * as journalEntry from './journalEntry';
import * as location from './location';
import * as orderEntryTransaction from './orderEntryTransaction';
import * as project from './project';
import * as taxDetail from './taxDetail';
import * as vendor from './vendor';

type Read = 'get' | 'getAll';
type Write = 'create' | 'update';

/** resource -> its operations: the Sage Intacct node's whole surface, checked against each declaration. */
export type IntacctMap = {
	anyObject: 'query' | 'read' | 'create' | 'update' | 'delete' | 'rawXml';
	apAdjustment: Read | 'create' | 'delete';
	apBill: Read | Write | 'upsert' | 'delete';
	apPayment: Read | 'create';
	apTerm: Read;
	arAdjustment: Read | Write | 'delete';
	arAdvance: Read | 'create';
	arInvoice: Read | Write | 'upsert' | 'reverse' | 'delete' | 'getPdf';
	arPayment: Read | 'create' | 'reverse' | 'delete';
	arTerm: Read | Write;
	class: Read | Write;
	contact: Read | Write;
	customer: Read | Write | 'upsert' | 'delete';
	department: Read | Write;
	dimension: Read | Write | 'getDimensions';
	entity: Read;
	glAccount: Read | Write;
	item: Read | Write;
	journalEntry: Read | 'create';
	location: Read | Write;
	orderEntryTransaction: Read | 'create';
	project: Read | Write;
	taxDetail: Read;
	vendor: Read | Write | 'upsert' | 'delete';
};
export type IntacctType = EntityOf<IntacctMap>;

/**
 * The Sage Intacct node's one registry (one line per resource): the Resource and Operation
 * dropdowns, the parameters and the router all come from it. Each resource is declared in
 * actions/<resource>/index.ts; every operation gets the API client.
 */
export const RESOURCES: Registry<IntacctMap, IntacctClient> = {
	arAdjustment: arAdjustment.resource,
	arAdvance: arAdvance.resource,
	arInvoice: arInvoice.resource,
	arPayment: arPayment.resource,
	customer: customer.resource,
	anyObject: anyObject.resource,
	apAdjustment: apAdjustment.resource,
	apBill: apBill.resource,
	apPayment: apPayment.resource,
	apTerm: apTerm.resource,
	arTerm: arTerm.resource,
	class: classDimension.resource,
	contact: contact.resource,
	department: department.resource,
	dimension: dimension.resource,
	entity: entity.resource,
	glAccount: glAccount.resource,
	item: item.resource,
	journalEntry: journalEntry.resource,
	location: location.resource,
	project: project.resource,
	taxDetail: taxDetail.resource,
	vendor: vendor.resource,
	orderEntryTransaction: orderEntryTransaction.resource,
};

/** Every operation gets one client, built with the node-wide Request Settings. */
function client(ctx: IExecuteFunctions): IntacctClient {
	const settings = ctx.getNodeParameter('requestSettings', 0, {}) as IDataObject;
	return new IntacctClient(ctx, {
		batchSize: settings.batchSize as number | undefined,
		maxConcurrent: settings.maxConcurrent as number | undefined,
	});
}

export const { properties, router } = nodeRegistry(RESOURCES, {
	defaultResource: 'customer',
	context: client,
	after: [requestSettings],
});
