import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import {
	INVOICE_STATUS,
	INVOICE_TYPE,
	PAGING,
	RECORD_STATUS,
	SAVE_STATUSES,
	type ResourceKey,
} from '../transport/contract';

/** The dropdown text n8n's lint rules ask for on every loaded list. */
export const FROM_LIST =
	'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>';

/** Verified labels, assumed wire values (contract.ts). */
export const invoiceTypeOptions: INodePropertyOptions[] = Object.entries(INVOICE_TYPE).map(([name, value]) => ({
	name,
	value,
}));
export const saveStatusOptions: INodePropertyOptions[] = Object.entries(INVOICE_STATUS)
	.filter(([, value]) => SAVE_STATUSES.includes(value))
	.map(([name, value]) => ({ name, value }));
export const allStatusOptions: INodePropertyOptions[] = Object.entries(INVOICE_STATUS).map(([name, value]) => ({
	name,
	value,
}));

/** The Active/Archived filter of accounts, tax types and tracking options. */
export const statusFilter: INodeProperties = {
	displayName: 'Status',
	name: 'status',
	type: 'options',
	options: Object.values(RECORD_STATUS).map((s) => ({ name: s, value: s })),
	default: 'Active',
};

/** A dropdown of records loaded from Re-Leased (methods/loadOptions.ts). */
export function pick(
	displayName: string,
	name: string,
	method: string,
	extra: Partial<INodeProperties> = {},
): INodeProperties {
	return {
		displayName,
		name,
		type: 'options',
		typeOptions: { loadOptionsMethod: method },
		default: '',
		description: FROM_LIST,
		...extra,
	} as INodeProperties;
}

/** The record a get, update, void or archive works on: from the list, or by ID. */
export function recordLocator(resource: ResourceKey, label: string, operations: string[]): INodeProperties {
	return {
		displayName: label,
		name: 'recordId',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		displayOptions: { show: { resource: [resource], operation: operations } },
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: `search${resource[0].toUpperCase()}${resource.slice(1)}`, searchable: true },
			},
			{ displayName: 'By ID', name: 'id', type: 'string', placeholder: 'e.g. inv_1001' },
		],
	};
}

/** Return All + Limit, the standard list pair. */
export function returnAllOrLimit(resource: ResourceKey, operation = 'getAll'): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
			displayOptions: { show: { resource: [resource], operation: [operation] } },
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			default: 50,
			typeOptions: { minValue: 1, maxValue: PAGING.maxPageSize * 100 },
			description: 'Max number of results to return',
			displayOptions: { show: { resource: [resource], operation: [operation], returnAll: [false] } },
		},
	];
}

/** How a write gets its record: fields set here, the whole input item, or a JSON object. */
export function inputMode(resource: ResourceKey, operation: string): INodeProperties[] {
	const show = { resource: [resource], operation: [operation] };
	return [
		{
			displayName: 'Input',
			name: 'inputMode',
			type: 'options',
			noDataExpression: true,
			options: [
				{ name: 'Fields Below', value: 'fields', description: 'Set the fields in this node' },
				{
					name: 'Whole Input Item',
					value: 'inputItem',
					description: "Send the input item's JSON as the record (e.g. the Accounting Mapper's output)",
				},
				{ name: 'JSON', value: 'json', description: 'Send a JSON object written here or built by an expression' },
			],
			default: 'fields',
			displayOptions: { show },
		},
		{
			displayName: 'Record (JSON)',
			name: 'recordJson',
			type: 'json',
			default: '{}',
			required: true,
			description: 'The record in Re-Leased field names (see the README contract table)',
			displayOptions: { show: { ...show, inputMode: ['json'] } },
		},
	];
}

const addressOptions: INodeProperties[] = [
	{ displayName: 'Address', name: 'address', type: 'string', default: '' },
	{ displayName: 'Suburb', name: 'suburb', type: 'string', default: '' },
	{ displayName: 'Town/City', name: 'city', type: 'string', default: '' },
	{ displayName: 'Region/State', name: 'region', type: 'string', default: '' },
	{ displayName: 'Post/Zip Code', name: 'postcode', type: 'string', default: '' },
	{ displayName: 'Country', name: 'country', type: 'string', default: '' },
];
// The UI keeps the contract's address field list; a test checks they match.
export const ADDRESS_UI_FIELDS = addressOptions.map((o) => o.name);

export function addressField(displayName: string, name: string): INodeProperties {
	return {
		displayName,
		name,
		type: 'fixedCollection',
		default: {},
		placeholder: `Add ${displayName}`,
		options: [{ displayName, name: 'value', values: addressOptions }],
	};
}

/** Invoice, credit note and adjustment entries. */
export const linesField: INodeProperties = {
	displayName: 'Lines',
	name: 'lines',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	default: {},
	placeholder: 'Add Line',
	options: [
		{
			displayName: 'Line',
			name: 'line',
			values: [
				{ displayName: 'Description', name: 'description', type: 'string', default: '' },
				{
					displayName: 'Amount Excluding Tax',
					name: 'amountExclTax',
					type: 'number',
					typeOptions: { numberPrecision: 2 },
					default: 0,
				},
				pick('Account Name or ID', 'accountCode', 'getAccounts'),
				pick('Tax Type Name or ID', 'taxType', 'getTaxTypes'),
				{
					displayName: 'Tax Amount',
					name: 'taxAmount',
					type: 'string',
					default: '',
					description: 'Leave empty to let Re-Leased calculate it from the tax type',
				},
				pick('Property Tracking Name or ID', 'trackingOption', 'getTrackingOptions', {
					description: `Tracking option of the Property category. ${FROM_LIST}.`,
				}),
			],
		},
	],
};

/** The date-only fields the contract sends as YYYY-MM-DD. */
export const DATE_FIELDS = new Set(['issueDate', 'dueDate', 'date']);
export const ADDRESS_FIELDS = new Set(['postalAddress', 'streetAddress', 'address']);
