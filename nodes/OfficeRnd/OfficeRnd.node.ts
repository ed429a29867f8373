import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { properties, router } from './actions/registry';
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
		properties,
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
