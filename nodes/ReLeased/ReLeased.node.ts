import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { properties, router } from './actions/registry';
import { listSearch, loadOptions } from './methods/loadOptions';

export class ReLeased implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Re-Leased',
		name: 'reLeased',
		icon: { light: 'file:../../icons/reLeased.svg', dark: 'file:../../icons/reLeased.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Read and write Re-Leased property management records (contacts, invoices, payments and more)',
		defaults: { name: 'Re-Leased' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'reLeasedApi', required: true }],
		properties,
	};

	methods = { loadOptions, listSearch };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
