import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import * as allocation from './allocation';
import * as billingDocument from './billingDocument';
import * as charge from './charge';
import type { OperationModule } from '../generic/operations';
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

type Operations = Record<string, Pick<OperationModule, 'execute'> | unknown>;

/** resource -> its operations module. Adding a resource is one folder plus one line here. */
const resources: Record<string, Operations> = {
	billingDocument,
	allocation,
	charge,
	fee,
	company,
	member,
	membership,
	location,
	plan,
	revenueAccount,
	taxRate,
	secondaryCurrency,
	webhook,
};

export async function router(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const resource = this.getNodeParameter('resource', 0) as string;
	const operation = this.getNodeParameter('operation', 0) as string;
	const implementation = resources[resource]?.[operation] as Pick<OperationModule, 'execute'> | undefined;
	if (!implementation || typeof implementation.execute !== 'function') {
		throw new NodeOperationError(this.getNode(), `The operation "${operation}" of "${resource}" is not supported`);
	}
	return [await implementation.execute.call(this)];
}
