import type { EntityOf, Registry } from '../../shared/resource';
import { nodeRegistry } from '../../shared/resource';
import type { ScoroExtras } from '../generic/resource';
import * as accountingObject from './accountingObject';
import * as bill from './bill';
import * as contact from './contact';
import * as creditInvoice from './creditInvoice';
import * as financeAccount from './financeAccount';
import * as invoice from './invoice';
import * as prepayment from './prepayment';
import * as project from './project';
import * as receipt from './receipt';
import * as vatCode from './vatCode';

type Crud = 'getAll' | 'get' | 'create' | 'update' | 'delete';

/** resource -> its operations: the Scoro node's whole surface, checked against each declaration. */
export type ScoroMap = {
	accountingObject: 'getAll' | 'get';
	bill: Crud;
	contact: Crud;
	creditInvoice: Crud;
	financeAccount: Crud;
	invoice: Crud;
	prepayment: Crud;
	project: Crud;
	receipt: Crud;
	vatCode: Crud;
};
export type ScoroType = EntityOf<ScoroMap>;

/**
 * The Scoro node's one registry (one line per resource): the Resource and Operation dropdowns,
 * the parameters and the router all come from it. Each resource is declared in
 * actions/<resource>/index.ts; its operations run the shared engine in generic/.
 */
export const RESOURCES: Registry<ScoroMap, void, ScoroExtras> = {
	invoice: invoice.resource,
	creditInvoice: creditInvoice.resource,
	bill: bill.resource,
	receipt: receipt.resource,
	prepayment: prepayment.resource,
	contact: contact.resource,
	financeAccount: financeAccount.resource,
	vatCode: vatCode.resource,
	accountingObject: accountingObject.resource,
	project: project.resource,
};

export const { properties, router } = nodeRegistry(RESOURCES, { defaultResource: 'invoice' });
