import type { INodeProperties, INodePropertyCollection } from 'n8n-workflow';

/**
 * The node fields that hold the mapping tables: rows edited in the node (one fixedCollection
 * group per table) or the whole set as JSON. The JSON shape is the same object the UI builds:
 * { accounts: [{source, glAccount, itemId, target}], taxCodes: [...], dimensions: [...],
 *   paymentMethods: [...], customers: [...], documentLinks: [...], statuses: [...], settings: {...} }
 */
const text = (name: string, displayName: string, description: string, required = false): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	required,
	description,
});

/** One table of the "Mapping Tables" fixedCollection: its value is the list of rows. */
const table = (name: string, displayName: string, fields: INodeProperties[]): INodePropertyCollection => ({
	name,
	displayName,
	values: fields,
});

const source = (description: string) => text('source', 'Source Code', description, true);

export const mappingTableFields: INodeProperties[] = [
	{
		displayName: 'Mapping Tables From',
		name: 'mappingSource',
		type: 'options',
		options: [
			{ name: 'This Node', value: 'ui', description: 'Rows edited below' },
			{
				name: 'JSON',
				value: 'json',
				description: 'The whole set of tables as one JSON value, e.g. from an input field',
			},
		],
		default: 'ui',
	},
	{
		displayName: 'Mapping Tables (JSON)',
		name: 'mappingJson',
		type: 'json',
		default: '{}',
		displayOptions: { show: { mappingSource: ['json'] } },
		description:
			'An object with the tables accounts, taxCodes, dimensions, paymentMethods, customers, documentLinks, statuses and settings; usually an expression reading the input field that holds them (e.g. one filled from a sheet or a data table)',
	},
	{
		displayName: 'Mapping Tables',
		name: 'mappingTables',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Row',
		default: {},
		displayOptions: { show: { mappingSource: ['ui'] } },
		options: [
			// With multipleValues each table's value is its list of rows: { accounts: [{...}, ...] }.
			table('accounts', 'GL Accounts and Items', [
				source(
					'Revenue account ID, plan ID, finance account, account code, or a role: discount, processingFee, advance',
				),
				text('glAccount', 'Intacct GL Account', 'GL account number for AR/AP lines and advances'),
				text('itemId', 'Intacct Item', 'Item ID for Order Entry lines'),
				text(
					'target',
					'Target ID',
					'The account in a non-Intacct target (Scoro finance account ID, Re-Leased account code)',
				),
			]),
			table('taxCodes', 'Tax Codes', [
				source('Tax rate ID or code in the source'),
				text('taxDetailId', 'Intacct Tax Detail', 'TAXDETAIL ID (tax entries)'),
				text('taxGlAccount', 'Tax GL Account', 'GL account of tax lines'),
				text('taxItemId', 'Tax Item', 'Order Entry item that carries tax'),
				text('target', 'Target ID', 'The tax code in a non-Intacct target (Scoro VAT code ID, Re-Leased tax type)'),
			]),
			table('dimensions', 'Locations and Properties', [
				source('Location, property, accounting object or business entity in the source'),
				text('entity', 'Intacct Entity', 'Entity (multi-entity companies) whose session writes the record'),
				text('locationId', 'Location', 'Intacct LOCATIONID'),
				text('departmentId', 'Department', 'Intacct DEPARTMENTID'),
				text('classId', 'Class', 'Intacct CLASSID'),
				text('projectId', 'Project', 'Intacct PROJECTID'),
				text('udds', 'User-Defined Dimensions', 'GLDIMNAME=value pairs separated by ;'),
				text('target', 'Target ID', 'The value in a non-Intacct target'),
			]),
			table('paymentMethods', 'Payment Methods', [
				source('Payment method or payment account in the source'),
				{
					displayName: 'Intacct Payment Method',
					name: 'paymentMethod',
					type: 'options',
					options: [
						{ name: 'Cash', value: 'Cash' },
						{ name: 'Credit Card', value: 'Credit Card' },
						{ name: 'EFT', value: 'EFT' },
						{ name: 'Online ACH Debit', value: 'Online ACH Debit' },
						{ name: 'Online Charge Card', value: 'Online Charge Card' },
						{ name: 'Printed Check', value: 'Printed Check' },
					],
					default: 'EFT',
				},
				text('bankAccountId', 'Bank Account', 'Intacct checking or savings account ID (FINANCIALENTITY)'),
				text('undepositedAccountNo', 'Undeposited Funds Account', 'GL account used when no bank account is given'),
				text(
					'glAccount',
					'Refund GL Account',
					"GL account of the bank or clearing account refunds are paid from (the line of the refund's debit memo); else the undeposited funds account",
				),
			]),
			table('customers', 'Customer and Vendor IDs', [
				source('Company, member or contact ID in the source'),
				text('target', 'Target ID', 'Customer or vendor ID in the target', true),
			]),
			table('documentLinks', 'Documents Already Synced', [
				source('Document ID in the source system of this conversion'),
				text('target', 'Target ID', 'The same document in the target (Intacct RECORDNO, OfficeRnD ID, ...)', true),
				text('partyId', 'Customer or Vendor', 'The target customer or vendor of that document'),
			]),
			table('statuses', 'Status Rules', [
				source('Status in the source'),
				text('target', 'Target Status', 'Status or action in the target (Intacct: Draft or Submit)', true),
			]),
		],
	},
	{
		displayName: 'Mapping Settings',
		name: 'mappingSettings',
		type: 'collection',
		placeholder: 'Add Setting',
		default: {},
		displayOptions: { show: { mappingSource: ['ui'] } },
		options: [
			{
				displayName: 'Account Key (OfficeRnD)',
				name: 'accountKey',
				type: 'options',
				options: [
					{ name: 'Revenue Account', value: 'account' },
					{ name: 'Plan', value: 'plan' },
				],
				default: 'account',
				description: 'Which OfficeRnD line field is looked up in the accounts table',
			},
			{
				...text('baseCurrency', 'Base Currency', 'Intacct base currency; documents in it are sent without a rate'),
				placeholder: 'USD',
			},
			{
				displayName: 'Currency Policy',
				name: 'currencyPolicy',
				type: 'options',
				options: [
					{ name: 'Source Rate', value: 'sourceRate', description: "Send the source's exchange rate" },
					{ name: 'Intacct Rate Type', value: 'rateType', description: 'Let Intacct take the rate of a rate type' },
					{ name: 'None', value: 'none', description: 'Single-currency company: send no currency' },
				],
				default: 'sourceRate',
			},
			{ ...text('customerIdPrefix', 'Customer ID Prefix', 'Put before the source ID when the strategy is Source ID') },
			{
				displayName: 'Customer ID Strategy',
				name: 'customerIdStrategy',
				type: 'options',
				options: [
					{ name: 'Source ID', value: 'sourceId', description: 'Prefix + the source ID' },
					{ name: 'Table', value: 'table', description: 'The customers table' },
					{
						name: 'Intacct Numbering',
						value: 'autoNumber',
						description: 'Intacct numbers new customers; documents use the customers table',
					},
				],
				default: 'sourceId',
			},
			{
				displayName: 'Default Action',
				name: 'defaultAction',
				type: 'options',
				options: [
					{ name: 'Submit', value: 'Submit' },
					{ name: 'Draft', value: 'Draft' },
				],
				default: 'Submit',
				description: 'Intacct action when no status rule decides',
			},
			text('defaultTerm', 'Default Term', 'Intacct term for documents without a due date'),
			text('externalOrgId', 'External Org ID', 'Intacct company ID written into OfficeRnD sync status'),
			{
				...text(
					'memoTemplate',
					'Memo Template',
					'Line memo; placeholders {description} {number} {reference} {period} {lineNo}',
				),
				default: '{description}',
			},
			{
				displayName: 'Numbering Owner',
				name: 'numberingOwner',
				type: 'options',
				options: [
					{ name: 'Source', value: 'source', description: "Write the source's document number" },
					{ name: 'Target', value: 'target', description: 'The target numbers the document' },
				],
				default: 'source',
			},
			{
				...text('oeTransactionType', 'Order Entry Transaction Type', 'Transaction definition of sales invoices'),
				default: 'Sales Invoice',
			},
			text('rateType', 'Rate Type', 'Intacct exchange rate type (empty: Intacct Daily Rate)'),
			{
				displayName: 'Tax Handling',
				name: 'taxHandling',
				type: 'options',
				options: [
					{ name: 'Tax Lines', value: 'taxLines', description: 'One GL line per taxed line' },
					{
						name: 'Tax Entries',
						value: 'taxEntries',
						description: 'Intacct tax entries (VAT companies; newer than the 2019 schema)',
					},
				],
				default: 'taxLines',
			},
			text('taxSolutionId', 'Tax Solution', 'Intacct tax solution, with tax entries at the top level'),
		],
	},
];
