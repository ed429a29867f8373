/** The Scoro modules the simulator serves, with their id field and the actions each allows (notes §3). */
export interface ScoroModuleSpec {
	idField: string;
	actions: ReadonlySet<string>;
	/** created/modified date format: `YYYY-MM-DD HH:mm:ss` (invoices, bills, projects) or ISO 8601 (contacts). */
	dateStyle: 'sql' | 'iso';
	/** Documents with `lines` (null on list, filled on view). */
	hasLines?: boolean;
	displayFields: string[];
}

const all = new Set(['list', 'view', 'modify', 'delete']);

export const SCORO_MODULES: Record<string, ScoroModuleSpec> = {
	invoices: {
		idField: 'id',
		actions: all,
		dateStyle: 'sql',
		hasLines: true,
		displayFields: ['no', 'company_id', 'date', 'status', 'sum', 'vat_sum', 'credited_invoices'],
	},
	bills: {
		idField: 'id',
		actions: all,
		dateStyle: 'sql',
		hasLines: true,
		displayFields: ['no', 'company_id', 'date', 'status', 'sum', 'vat_sum'],
	},
	prepayments: {
		idField: 'id',
		actions: all,
		dateStyle: 'sql',
		hasLines: true,
		displayFields: ['no', 'company_id', 'date', 'status', 'sum', 'prepayment_percent'],
	},
	// Notes §3.3: the SDK has list, modify and delete for receipts; whether view exists is unverified (not served).
	receipts: {
		idField: 'id',
		actions: new Set(['list', 'modify', 'delete']),
		dateStyle: 'sql',
		displayFields: ['date', 'contact_id', 'sum', 'currency', 'sales_doc_type'],
	},
	contacts: {
		idField: 'contact_id',
		actions: all,
		dateStyle: 'iso',
		displayFields: ['name', 'lastname', 'contact_type', 'is_client', 'is_supplier', 'vatno'],
	},
	financeAccounts: {
		idField: 'id',
		actions: all,
		dateStyle: 'sql',
		displayFields: ['account_symbol', 'name', 'is_active', 'is_sales_account', 'is_purchases_account'],
	},
	vatCodes: {
		idField: 'vat_code_id',
		actions: all,
		dateStyle: 'sql',
		displayFields: ['vat_code', 'percent', 'vat_name', 'is_active'],
	},
	financeObjects: {
		idField: 'object_id',
		actions: new Set(['list', 'view']),
		dateStyle: 'sql',
		displayFields: ['object_symbol', 'name', 'parent_group_name'],
	},
	projects: {
		idField: 'project_id',
		actions: all,
		dateStyle: 'sql',
		displayFields: ['no', 'project_name', 'company_id', 'status'],
	},
	users: {
		idField: 'id',
		actions: new Set(['list', 'view']),
		dateStyle: 'sql',
		displayFields: ['firstname', 'lastname', 'email'],
	},
	// Notes §3.9: bookmarks (saved filters) can be listed. Row shape ASSUMED (nodes/Scoro/transport/contract.ts).
	bookmarks: {
		idField: 'bookmark_id',
		actions: new Set(['list']),
		dateStyle: 'sql',
		displayFields: ['name', 'module', 'filter'],
	},
};

/** Modules a webhook may be subscribed to. */
export const WEBHOOK_MODULES = Object.keys(SCORO_MODULES).filter((m) => m !== 'users' && m !== 'bookmarks');
