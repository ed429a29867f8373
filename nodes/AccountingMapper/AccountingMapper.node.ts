import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import * as intacctToOfficeRnd from './actions/intacctToOfficeRnd';
import * as intacctToReLeased from './actions/intacctToReLeased';
import * as intacctToScoro from './actions/intacctToScoro';
import * as officeRndToIntacct from './actions/officeRndToIntacct';
import * as reLeasedToIntacct from './actions/reLeasedToIntacct';
import { router } from './actions/router';
import * as scoroToIntacct from './actions/scoroToIntacct';
import { mappingTableFields } from './mappings/description';

export class AccountingMapper implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Accounting Mapper',
		name: 'accountingMapper',
		icon: { light: 'file:../../icons/accountingMapper.svg', dark: 'file:../../icons/accountingMapper.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"]}}',
		description:
			'Turns a record of one system into the write shape of another, through mapping tables that never guess',
		defaults: { name: 'Accounting Mapper' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main, NodeConnectionTypes.Main],
		outputNames: ['Mapped', 'Needs Mapping'],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'OfficeRnD → Sage Intacct', value: 'officeRndToIntacct' },
					{ name: 'Re-Leased → Sage Intacct', value: 'reLeasedToIntacct' },
					{ name: 'Sage Intacct → OfficeRnD', value: 'intacctToOfficeRnd' },
					{ name: 'Sage Intacct → Re-Leased', value: 'intacctToReLeased' },
					{ name: 'Sage Intacct → Scoro', value: 'intacctToScoro' },
					{ name: 'Scoro → Sage Intacct', value: 'scoroToIntacct' },
				],
				default: 'officeRndToIntacct',
			},
			...officeRndToIntacct.description,
			...intacctToOfficeRnd.description,
			...scoroToIntacct.description,
			...intacctToScoro.description,
			...reLeasedToIntacct.description,
			...intacctToReLeased.description,
			...mappingTableFields,
		],
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
