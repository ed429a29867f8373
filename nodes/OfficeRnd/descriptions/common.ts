import type { INodeProperties, INodePropertyMode, INodePropertyOptions } from 'n8n-workflow';

export type Show = { resource: string[]; operation: string[] };
export const showFor = (resource: string, operation: string | string[]): Show => ({
	resource: [resource],
	operation: Array.isArray(operation) ? operation : [operation],
});

/** Return All + Limit, the standard list pair. */
export function returnAllOrLimit(show: Show): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
			displayOptions: { show },
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			default: 50,
			typeOptions: { minValue: 1 },
			description: 'Max number of results to return',
			displayOptions: { show: { ...show, returnAll: [false] } },
		},
	];
}

/** Lookups whose records can be picked from a list or searched (methods/listSearch.ts). */
export type LookupKind = 'company' | 'member' | 'location' | 'revenueAccount' | 'taxRate' | 'plan' | 'billingDocument';

const SEARCH_METHOD: Record<LookupKind, string> = {
	company: 'searchCompanies',
	member: 'searchMembers',
	location: 'searchLocations',
	revenueAccount: 'searchRevenueAccounts',
	taxRate: 'searchTaxRates',
	plan: 'searchPlans',
	billingDocument: 'searchBillingDocuments',
};
export const LOAD_METHOD: Record<LookupKind, string> = {
	company: 'getCompanies',
	member: 'getMembers',
	location: 'getLocations',
	revenueAccount: 'getRevenueAccounts',
	taxRate: 'getTaxRates',
	plan: 'getPlans',
	billingDocument: 'getBillingDocuments',
};

const OBJECT_ID_REGEX = '^[0-9a-fA-F]{24}$';

function mode(
	displayName: string,
	name: string,
	type: INodePropertyMode['type'],
	extra: Partial<INodePropertyMode>,
): INodePropertyMode {
	return { displayName, name, type, ...extra };
}

/** A record ID as a resource locator: from a searchable list, or by ID. */
export function recordLocator(
	name: string,
	displayName: string,
	show: Show,
	kind?: LookupKind,
	extra: Partial<INodeProperties> = {},
): INodeProperties {
	const modes: INodePropertyMode[] = [];
	if (kind)
		modes.push(
			mode('From List', 'list', 'list', { typeOptions: { searchListMethod: SEARCH_METHOD[kind], searchable: true } }),
		);
	modes.push(
		mode('By ID', 'id', 'string', {
			placeholder: '66a0c0ffee0000000000a001',
			validation: [
				{
					type: 'regex',
					properties: { regex: OBJECT_ID_REGEX, errorMessage: 'An OfficeRnD ID has 24 hexadecimal characters' },
				},
			],
		}),
	);
	return {
		displayName,
		name,
		type: 'resourceLocator',
		default: { mode: kind ? 'list' : 'id', value: '' },
		required: true,
		modes,
		displayOptions: { show },
		...extra,
	};
}

/** A reference field inside a collection: a dropdown loaded from OfficeRnD, or an ID by expression. */
export function referenceOption(name: string, label: string, kind: LookupKind, description?: string): INodeProperties {
	return {
		displayName: `${label} Name or ID`,
		name,
		type: 'options',
		typeOptions: { loadOptionsMethod: LOAD_METHOD[kind] },
		default: '',
		description:
			description ??
			`The ${label.toLowerCase()}. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
	};
}

export function enumOptions(values: readonly string[], labels: Record<string, string> = {}): INodePropertyOptions[] {
	return values.map((value) => ({
		name:
			labels[value] ??
			value
				.replace(/_/g, ' ')
				.replace(/([a-z])([A-Z])/g, '$1 $2')
				.replace(/^./, (c) => c.toUpperCase()),
		value,
	}));
}

/** "Define Below" or a whole record from JSON (the Accounting Mapper's write shape). */
export function inputModeFields(show: Show): INodeProperties[] {
	return [
		{
			displayName: 'Input',
			name: 'inputMode',
			type: 'options',
			options: [
				{ name: 'Define Below', value: 'fields', description: 'Set the fields in this node' },
				{ name: 'From JSON', value: 'json', description: 'Send a whole record, e.g. the input item' },
			],
			default: 'fields',
			displayOptions: { show },
		},
		{
			displayName: 'Record (JSON)',
			name: 'jsonBody',
			type: 'json',
			default: '={{ JSON.stringify($json) }}',
			description:
				'The record to send. _ID, createdAt, createdBy, modifiedAt and modifiedBy are removed; any other property OfficeRnD does not know is rejected with a 400.',
			displayOptions: { show: { ...show, inputMode: ['json'] } },
		},
	];
}
