import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import * as arAdjustment from './actions/arAdjustment';
import * as arAdvance from './actions/arAdvance';
import * as arInvoice from './actions/arInvoice';
import * as arPayment from './actions/arPayment';
import * as customer from './actions/customer';
import * as anyObject from './actions/anyObject';
import * as apAdjustment from './actions/apAdjustment';
import * as apBill from './actions/apBill';
import * as apPayment from './actions/apPayment';
import * as arTerm from './actions/arTerm';
import * as classDimension from './actions/class';
import * as contact from './actions/contact';
import * as department from './actions/department';
import * as dimension from './actions/dimension';
import * as entity from './actions/entity';
import * as glAccount from './actions/glAccount';
import * as item from './actions/item';
import * as journalEntry from './actions/journalEntry';
import * as location from './actions/location';
import * as project from './actions/project';
import * as taxDetail from './actions/taxDetail';
import * as vendor from './actions/vendor';
import * as orderEntryTransaction from './actions/orderEntryTransaction';
import { router } from './actions/registry';
import { requestSettings } from './descriptions/common';
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
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Any Object', value: 'anyObject' },
					{ name: 'AP Adjustment', value: 'apAdjustment' },
					{ name: 'AP Bill', value: 'apBill' },
					{ name: 'AP Payment', value: 'apPayment' },
					{ name: 'AR Adjustment', value: 'arAdjustment' },
					{ name: 'AR Advance', value: 'arAdvance' },
					{ name: 'AR Invoice', value: 'arInvoice' },
					{ name: 'AR Payment', value: 'arPayment' },
					{ name: 'AR Term', value: 'arTerm' },
					{ name: 'Class', value: 'class' },
					{ name: 'Contact', value: 'contact' },
					{ name: 'Customer', value: 'customer' },
					{ name: 'Department', value: 'department' },
					{ name: 'Dimension (User-Defined)', value: 'dimension' },
					{ name: 'Entity', value: 'entity' },
					{ name: 'GL Account', value: 'glAccount' },
					{ name: 'Item', value: 'item' },
					{ name: 'Journal Entry', value: 'journalEntry' },
					{ name: 'Location', value: 'location' },
					{ name: 'Order Entry Transaction', value: 'orderEntryTransaction' },
					{ name: 'Project', value: 'project' },
					{ name: 'Tax Detail', value: 'taxDetail' },
					{ name: 'Vendor', value: 'vendor' },
				],
				default: 'customer',
			},
			...arAdjustment.description,
			...arAdvance.description,
			...arInvoice.description,
			...arPayment.description,
			...customer.description,
			...anyObject.description,
			...apAdjustment.description,
			...apBill.description,
			...apPayment.description,
			...arTerm.description,
			...classDimension.description,
			...contact.description,
			...department.description,
			...dimension.description,
			...entity.description,
			...glAccount.description,
			...item.description,
			...journalEntry.description,
			...location.description,
			...project.description,
			...taxDetail.description,
			...vendor.description,
			...orderEntryTransaction.description,
			requestSettings,
		],
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
