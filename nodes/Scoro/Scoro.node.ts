import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { RESOURCE_DESCRIPTIONS, router } from './actions/router';
import { scoroApiTest } from './methods/credentialTest';
import { getBookmarks, getCompanies, getFinanceAccounts, getFinanceObjects, getProjects, getVatCodes } from './methods/loadOptions';

export class Scoro implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Scoro',
		name: 'scoro',
		icon: { light: 'file:../../icons/scoro.svg', dark: 'file:../../icons/scoro.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Read and write Scoro invoices, bills, receipts, contacts and finance settings through the Scoro API v2',
		defaults: { name: 'Scoro' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'scoroApi', required: true, testedBy: 'scoroApiTest' }],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Accounting Object', value: 'accountingObject' },
					{ name: 'Bill', value: 'bill' },
					{ name: 'Contact', value: 'contact' },
					{ name: 'Credit Invoice', value: 'creditInvoice' },
					{ name: 'Finance Account', value: 'financeAccount' },
					{ name: 'Invoice', value: 'invoice' },
					{ name: 'Prepayment', value: 'prepayment' },
					{ name: 'Project', value: 'project' },
					{ name: 'Receipt', value: 'receipt' },
					{ name: 'Tax Rate', value: 'vatCode' },
				],
				default: 'invoice',
			},
			...RESOURCE_DESCRIPTIONS,
		],
	};

	methods = {
		loadOptions: { getCompanies, getProjects, getFinanceAccounts, getVatCodes, getFinanceObjects, getBookmarks },
		credentialTest: { scoroApiTest },
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
