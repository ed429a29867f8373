import type { EntityOf, Registry } from '../../shared/resource';
import { registryProperties, registryRouter } from '../../shared/resource';
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

/** resource -> its operations: the Re-Leased node's whole surface, checked against each declaration. */
export type ReLeasedMap = {
	account: 'create' | 'update' | 'archive' | 'getAll';
	adjustment: 'create' | 'get' | 'getAll';
	contact: 'create' | 'update' | 'get' | 'getAll';
	creditNote: 'create' | 'get' | 'getAll';
	invoice: 'create' | 'update' | 'void' | 'get' | 'getAll';
	payment: 'create' | 'get' | 'getAll';
	property: 'get' | 'getAll';
	request: 'send';
	taxType: 'create' | 'update' | 'archive' | 'getAll';
	tenancy: 'get' | 'getAll';
	trackingOption: 'create' | 'update' | 'archive' | 'getAll';
};
export type ReLeasedType = EntityOf<ReLeasedMap>;

/**
 * The Re-Leased node's one registry (one line per resource): the Resource and Operation
 * dropdowns, the parameters and the router all come from it. Each resource is declared in
 * actions/<resource>/index.ts; every operation gets the API client.
 */
export const RESOURCES: Registry<ReLeasedMap, ReLeasedClient> = {
	account: account.resource,
	adjustment: adjustment.resource,
	request: request.resource,
	contact: contact.resource,
	creditNote: creditNote.resource,
	invoice: invoice.resource,
	payment: payment.resource,
	property: property.resource,
	taxType: taxType.resource,
	tenancy: tenancy.resource,
	trackingOption: trackingOption.resource,
};

export const properties = registryProperties(RESOURCES, 'invoice');

export const router = registryRouter(RESOURCES, (ctx) => new ReLeasedClient(ctx));
