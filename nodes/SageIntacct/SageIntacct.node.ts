import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { properties, router } from './actions/registry';
import { sageIntacctApiTest } from './methods/credentialTest';
import {
	getClasses,
	getCustomers,
	getDepartments,
	getEntities,
	getGlAccounts,
	getLocations,
	getOeTransactionDefinitions,
	getTaxDetails,
	getTerms,
	getUserDefinedDimensions,
	getVendors,
} from './methods/loadOptions';
import { searchCustomers, searchVendors } from './methods/listSearch';

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
		properties,
	};

	methods = {
		loadOptions: {
			getClasses,
			getCustomers,
			getDepartments,
			getEntities,
			getGlAccounts,
			getLocations,
			getOeTransactionDefinitions,
			getTaxDetails,
			getTerms,
			getUserDefinedDimensions,
			getVendors,
		},
		listSearch: { searchCustomers, searchVendors },
		credentialTest: { sageIntacctApiTest },
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
