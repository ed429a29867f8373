import type { IDataObject, INodePropertyOptions } from 'n8n-workflow';

/** One Scoro field as the node offers it in the UI. */
export interface FieldSpec {
	/** Scoro's own field name, sent as is. */
	name: string;
	/** Label in the UI. */
	title: string;
	kind: 'string' | 'number' | 'boolean' | 'date' | 'options' | 'ids';
	options?: INodePropertyOptions[];
	/** Dropdown loaded live from Scoro (methods/loadOptions.ts). */
	loadOptionsMethod?: string;
	description?: string;
}

export type OperationName = 'getAll' | 'get' | 'create' | 'update' | 'delete';

/**
 * What one resource of the node is: its Scoro module, id field, the operations the module allows,
 * and the fields and filters the UI offers. The operations themselves are shared
 * (generic/<operation>.ts, declared by generic/resource.ts) because every Scoro module speaks the same list/view/modify/delete.
 */
export interface ResourceSpec {
	/** Node parameter value, e.g. 'invoice'. */
	resource: string;
	/** Scoro module, e.g. 'invoices'. */
	module: string;
	idField: string;
	label: string;
	plural: string;
	operations: readonly OperationName[];
	/** Header fields for create and update. */
	fields: FieldSpec[];
	/** Equality filters for Get Many (modified date and deleted records are offered for every resource). */
	filters: FieldSpec[];
	/** Fields a create must carry; a missing one is an item error naming it. */
	requiredOnCreate?: string[];
	/** The line collection Scoro replaces as a whole on modify ('lines' on documents, 'receipts' on receipt groups). */
	lines?: { field: string; label: string; fields: FieldSpec[] };
	/** Records of the module that belong to this resource (e.g. credit invoices among invoices). */
	keep?: (record: IDataObject) => boolean;
	/** `view` is not available: Get reads through `list` with an id filter. */
	viewThroughList?: boolean;
	/** Extra checks on the body of a create (e.g. a credit invoice must name the invoices it credits). */
	checkCreate?: (body: IDataObject) => string | undefined;
	/** Whether Get Many filters on modified date (modules without modified_date do not). */
	noModifiedFilter?: boolean;
}

export const LINE_FIELDS: FieldSpec[] = [
	{ name: 'comment', title: 'Description', kind: 'string', description: 'Line description (comment)' },
	{ name: 'product_id', title: 'Product ID', kind: 'number' },
	{ name: 'price', title: 'Unit Price', kind: 'number' },
	{ name: 'amount', title: 'Quantity', kind: 'number', description: 'Quantity (Scoro calls it amount)' },
	{ name: 'discount', title: 'Discount %', kind: 'number' },
	{ name: 'unit', title: 'Unit', kind: 'string' },
	{
		name: 'finance_account_id',
		title: 'Finance Account Name or ID',
		kind: 'options',
		loadOptionsMethod: 'getFinanceAccounts',
	},
	{ name: 'vat_code_id', title: 'Tax Rate (VAT Code) Name or ID', kind: 'options', loadOptionsMethod: 'getVatCodes' },
	{
		name: 'finance_object_id',
		title: 'Accounting Object Name or ID',
		kind: 'options',
		loadOptionsMethod: 'getFinanceObjects',
	},
	{ name: 'project_id', title: 'Project Name or ID', kind: 'options', loadOptionsMethod: 'getProjects' },
];

export const DOCUMENT_STATUS: INodePropertyOptions[] = [
	{ name: 'Paid', value: 'paid' },
	{ name: 'Unpaid', value: 'unpaid' },
];

export const PAYMENT_TYPES: INodePropertyOptions[] = [
	{ name: 'Bank Transfer', value: 'banktransfer' },
	{ name: 'Barter', value: 'barter' },
	{ name: 'Card Payment', value: 'cardpayment' },
	{ name: 'Cash', value: 'cash' },
	{ name: 'Credit', value: 'credit' },
];

/** Header fields shared by invoices, credit invoices, bills and prepayments (notes §3.1-3.2). */
export const DOCUMENT_FIELDS: FieldSpec[] = [
	{
		name: 'company_id',
		title: 'Company Name or ID',
		kind: 'options',
		loadOptionsMethod: 'getCompanies',
		description: 'The payer (invoices) or supplier (bills)',
	},
	{ name: 'person_id', title: 'Contact Person ID', kind: 'number' },
	{ name: 'project_id', title: 'Project Name or ID', kind: 'options', loadOptionsMethod: 'getProjects' },
	{
		name: 'no',
		title: 'Number',
		kind: 'string',
		description: 'Document number; Scoro assigns one to invoices when empty',
	},
	{ name: 'date', title: 'Date', kind: 'date', description: 'Date of issue (YYYY-MM-DD)' },
	{ name: 'deadline', title: 'Due Date', kind: 'date' },
	{ name: 'currency', title: 'Currency', kind: 'string', description: 'ISO 4217 code, e.g. EUR' },
	{ name: 'currency_rate', title: 'Exchange Rate', kind: 'number' },
	{ name: 'status', title: 'Status', kind: 'options', options: DOCUMENT_STATUS },
	{ name: 'payment_type', title: 'Payment Type', kind: 'options', options: PAYMENT_TYPES },
	{ name: 'reference_no', title: 'Reference Number', kind: 'string' },
	{ name: 'description', title: 'Comment', kind: 'string' },
	{
		name: 'account_id',
		title: 'Business Entity (Account ID)',
		kind: 'string',
		description: 'Related business entity; one Scoro entity maps to one Intacct entity',
	},
	{ name: 'owner_id', title: 'Owner User ID', kind: 'number' },
];

export const DOCUMENT_FILTERS: FieldSpec[] = [
	{ name: 'company_id', title: 'Company Name or ID', kind: 'options', loadOptionsMethod: 'getCompanies' },
	{ name: 'project_id', title: 'Project Name or ID', kind: 'options', loadOptionsMethod: 'getProjects' },
	{ name: 'status', title: 'Status', kind: 'options', options: DOCUMENT_STATUS },
	{ name: 'no', title: 'Number', kind: 'string' },
];
