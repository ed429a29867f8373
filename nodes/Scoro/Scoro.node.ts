import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { properties, router } from './actions/registry';
import { scoroApiTest } from './methods/credentialTest';
import {
	getBookmarks,
	getCompanies,
	getFinanceAccounts,
	getFinanceObjects,
	getProjects,
	getVatCodes,
} from './methods/loadOptions';

export class Scoro implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Scoro',
		name: 'scoro',
		icon: { light: 'file:../../icons/scoro.svg', dark: 'file:../../icons/scoro.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Read and write Scoro invoices, bills, receipts, contacts and finance settings through the Scoro API v2',
		defaults: { name: 'Scoro' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'scoroApi', required: true, testedBy: 'scoroApiTest' }],
		properties,
	};

	methods = {
		loadOptions: { getCompanies, getProjects, getFinanceAccounts, getVatCodes, getFinanceObjects, getBookmarks },
		credentialTest: { scoroApiTest },
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
