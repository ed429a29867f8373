import type { EntityOf, Registry } from '../../shared/resource';
import { nodeRegistry } from '../../shared/resource';
import * as allocation from './allocation';
import * as billingDocument from './billingDocument';
import * as charge from './charge';
import * as company from './company';
import * as fee from './fee';
import * as location from './location';
import * as member from './member';
import * as membership from './membership';
import * as plan from './plan';
import * as revenueAccount from './revenueAccount';
import * as secondaryCurrency from './secondaryCurrency';
import * as taxRate from './taxRate';
import * as webhook from './webhook';

type Read = 'get' | 'getAll';

/** resource -> its operations: the OfficeRnD node's whole surface, checked against each declaration. */
export type OfficeRndMap = {
	allocation: 'create' | 'update' | 'delete';
	billingDocument: Read | 'create' | 'update' | 'getDocuments' | 'recordAccountingStatus';
	charge: Read | 'create' | 'update' | 'delete';
	company: Read | 'create' | 'update';
	fee: Read | 'create' | 'update' | 'delete';
	location: Read;
	member: Read | 'create' | 'update';
	membership: Read;
	plan: Read;
	revenueAccount: Read;
	secondaryCurrency: Read;
	taxRate: Read;
	webhook: 'create' | 'delete' | 'getAll';
};
export type OfficeRndType = EntityOf<OfficeRndMap>;

/**
 * The OfficeRnD node's one registry (one line per resource): the Resource and Operation
 * dropdowns, the parameters and the router all come from it. Each resource is declared in
 * actions/<resource>/index.ts.
 */
export const RESOURCES: Registry<OfficeRndMap> = {
	billingDocument: billingDocument.resource,
	allocation: allocation.resource,
	charge: charge.resource,
	fee: fee.resource,
	company: company.resource,
	member: member.resource,
	membership: membership.resource,
	location: location.resource,
	plan: plan.resource,
	revenueAccount: revenueAccount.resource,
	taxRate: taxRate.resource,
	secondaryCurrency: secondaryCurrency.resource,
	webhook: webhook.resource,
};

export const { properties, router } = nodeRegistry(RESOURCES, { defaultResource: 'billingDocument' });
