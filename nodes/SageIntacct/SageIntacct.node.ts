import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import * as arInvoice from './actions/arInvoice';
import * as customer from './actions/customer';
import { router } from './actions/router';
import { requestSettings } from './descriptions/common';
import { sageIntacctApiTest } from './methods/credentialTest';
import { getEntities } from './methods/loadOptions';

export class SageIntacct implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Sage Intacct',
		name: 'sageIntacct',
		icon: { light: 'file:../../icons/sageIntacct.svg', dark: 'file:../../icons/sageIntacct.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Read and write Sage Intacct records through the XML Web Services API',
		defaults: { name: 'Sage Intacct' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'sageIntacctApi', required: true, testedBy: 'sageIntacctApiTest' }],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'AR Invoice', value: 'arInvoice' },
					{ name: 'Customer', value: 'customer' },
				],
				default: 'customer',
			},
			...arInvoice.description,
			...customer.description,
			requestSettings,
		],
	};

	methods = {
		loadOptions: { getEntities },
		credentialTest: { sageIntacctApiTest },
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
