import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import * as allocation from './actions/allocation';
import * as billingDocument from './actions/billingDocument';
import * as charge from './actions/charge';
import * as company from './actions/company';
import * as fee from './actions/fee';
import * as location from './actions/location';
import * as member from './actions/member';
import * as membership from './actions/membership';
import * as plan from './actions/plan';
import * as revenueAccount from './actions/revenueAccount';
import { router } from './actions/router';
import * as secondaryCurrency from './actions/secondaryCurrency';
import * as taxRate from './actions/taxRate';
import * as webhook from './actions/webhook';
import { officeRndOAuth2ApiTest } from './methods/credentialTest';
import * as listSearch from './methods/listSearch';
import * as loadOptions from './methods/loadOptions';

export class OfficeRnd implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'OfficeRnD',
		name: 'officeRnd',
		icon: { light: 'file:../../icons/officeRnd.svg', dark: 'file:../../icons/officeRnd.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Read and write OfficeRnD Flex billing and community records through the API v2',
		defaults: { name: 'OfficeRnD' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'officeRndOAuth2Api', required: true, testedBy: 'officeRndOAuth2ApiTest' }],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Allocation', value: 'allocation' },
					{ name: 'Billing Document', value: 'billingDocument', description: 'Invoice, credit note or overpayment' },
					{ name: 'Charge', value: 'charge', description: 'Money received or refunded against an invoice' },
					{ name: 'Company', value: 'company' },
					{ name: 'Fee', value: 'fee', description: 'One-off charge, including late and processing fees' },
					{ name: 'Location', value: 'location' },
					{ name: 'Member', value: 'member' },
					{ name: 'Membership', value: 'membership' },
					{ name: 'Plan', value: 'plan' },
					{ name: 'Revenue Account', value: 'revenueAccount' },
					{ name: 'Secondary Currency', value: 'secondaryCurrency' },
					{ name: 'Tax Rate', value: 'taxRate' },
					{ name: 'Webhook', value: 'webhook' },
				],
				default: 'billingDocument',
			},
			...billingDocument.description,
			...allocation.description,
			...charge.description,
			...company.description,
			...fee.description,
			...location.description,
			...member.description,
			...membership.description,
			...plan.description,
			...revenueAccount.description,
			...secondaryCurrency.description,
			...taxRate.description,
			...webhook.description,
		],
	};

	methods = {
		loadOptions: { ...loadOptions },
		listSearch: { ...listSearch },
		credentialTest: { officeRndOAuth2ApiTest },
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
