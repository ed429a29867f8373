import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { ReLeasedClient } from '../transport/client';
import * as account from './account';
import * as adjustment from './adjustment';
import * as contact from './contact';
import * as creditNote from './creditNote';
import * as invoice from './invoice';
import * as payment from './payment';
import * as property from './property';
import * as request from './request';
import * as taxType from './taxType';
import * as tenancy from './tenancy';
import * as trackingOption from './trackingOption';

type Operation = { execute: (this: IExecuteFunctions, client: ReLeasedClient) => Promise<INodeExecutionData[]> };

/** resource -> operation -> implementation. Adding a resource is one folder plus one line here. */
const resources: Record<string, Record<string, Operation>> = {
	contact: { create: contact.create, update: contact.update, get: contact.get, getAll: contact.getAll },
	property: { get: property.get, getAll: property.getAll },
	tenancy: { get: tenancy.get, getAll: tenancy.getAll },
	invoice: { create: invoice.create, update: invoice.update, void: invoice.void, get: invoice.get, getAll: invoice.getAll },
	creditNote: { create: creditNote.create, get: creditNote.get, getAll: creditNote.getAll },
	adjustment: { create: adjustment.create, get: adjustment.get, getAll: adjustment.getAll },
	payment: { create: payment.create, get: payment.get, getAll: payment.getAll },
	account: { create: account.create, update: account.update, archive: account.archive, getAll: account.getAll },
	taxType: { create: taxType.create, update: taxType.update, archive: taxType.archive, getAll: taxType.getAll },
	trackingOption: { create: trackingOption.create, update: trackingOption.update, archive: trackingOption.archive, getAll: trackingOption.getAll },
	request: { send: request.send },
};

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const resource = this.getNodeParameter('resource', 0) as string;
	const operation = this.getNodeParameter('operation', 0) as string;
	const implementation = resources[resource]?.[operation];
	if (!implementation) {
		throw new NodeOperationError(this.getNode(), `The operation "${operation}" of "${resource}" is not supported`);
	}
	return [await implementation.execute.call(this, new ReLeasedClient(this))];
}
