import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import * as account from './actions/account';
import * as adjustment from './actions/adjustment';
import * as contact from './actions/contact';
import * as creditNote from './actions/creditNote';
import * as invoice from './actions/invoice';
import * as payment from './actions/payment';
import * as property from './actions/property';
import * as request from './actions/request';
import { router } from './actions/router';
import * as taxType from './actions/taxType';
import * as tenancy from './actions/tenancy';
import * as trackingOption from './actions/trackingOption';
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
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Account', value: 'account' },
					{ name: 'Adjustment', value: 'adjustment' },
					{ name: 'API Request', value: 'request' },
					{ name: 'Contact', value: 'contact' },
					{ name: 'Credit Note', value: 'creditNote' },
					{ name: 'Invoice', value: 'invoice' },
					{ name: 'Payment', value: 'payment' },
					{ name: 'Property', value: 'property' },
					{ name: 'Tax Type', value: 'taxType' },
					{ name: 'Tenancy', value: 'tenancy' },
					{ name: 'Tracking Option', value: 'trackingOption' },
				],
				default: 'invoice',
			},
			...account.description,
			...adjustment.description,
			...request.description,
			...contact.description,
			...creditNote.description,
			...invoice.description,
			...payment.description,
			...property.description,
			...taxType.description,
			...tenancy.description,
			...trackingOption.description,
		],
	};

	methods = { loadOptions, listSearch };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await router.call(this);
	}
}
