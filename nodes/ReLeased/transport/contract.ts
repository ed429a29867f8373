/**
 * THE Re-Leased API contract: every assumption this package makes about Re-Leased's HTTP API, in
 * one module. The node, the trigger, the credential and the local sandbox all import from here,
 * so they cannot drift apart.
 *
 * Re-Leased's API reference is not public (../../../../shared/reference/released-api.md). What is
 * VERIFIED from Re-Leased's help centre and kept exactly: the data model labels (contact fields,
 * invoice types Income and Expense, statuses Draft, Awaiting Approval, Approved, Paid, Voided,
 * Overdue; credit notes; adjustments; payments; tenancies and their Current/Future/Expired
 * statuses; chart of accounts, tax types and property tracking).
 *
 * Everything marked ASSUMED below is a guess at the wire: change it here (and only here) once a
 * customer has access to the real API. The README section "Re-Leased" explains how.
 */

// ---------------------------------------------------------------------------------------------
// Base URL and regions
// ---------------------------------------------------------------------------------------------

/**
 * ASSUMED: one HTTPS JSON API per region; every path below is relative to the base URL that
 * Re-Leased gives the customer (the credential's Base URL, required, no default). No API host is
 * known: the only host seen in public is the North America web app `https://us1.re-leased.com`,
 * which says nothing about the API. Regions are listed so users know the base URL differs per
 * region; `apiBaseUrl` stays undefined until Re-Leased confirms it.
 */
export const REGIONS = [
	{ value: 'anz', name: 'Australia and New Zealand', apiBaseUrl: undefined as string | undefined },
	{ value: 'uk', name: 'United Kingdom and Europe', apiBaseUrl: undefined as string | undefined },
	{ value: 'na', name: 'North America', apiBaseUrl: undefined as string | undefined },
] as const;

/** Base URL as entered, without trailing slashes, so `base + path` never doubles a slash. */
export function normaliseBaseUrl(baseUrl: unknown): string {
	return String(baseUrl ?? '')
		.trim()
		.replace(/\/+$/, '');
}

// ---------------------------------------------------------------------------------------------
// Authentication
// ---------------------------------------------------------------------------------------------

/**
 * ASSUMED: a per-company API token sent on every request as `Authorization: Bearer <token>`. The
 * token is assumed to scope every request to one Re-Leased company (the accounting integrations
 * are 1:1 per company, which is verified). The credential lets users change the header name and
 * prefix without code (e.g. `X-Api-Key` with an empty prefix) if their API key works that way.
 */
export const AUTH = {
	defaultHeader: 'Authorization',
	defaultPrefix: 'Bearer ',
} as const;

/** ASSUMED: the cheapest authenticated read, used by the credential test (one tax type). */
export const CREDENTIAL_TEST = { path: '/tax-types', qs: { pageSize: 1 } } as const;

// ---------------------------------------------------------------------------------------------
// Envelope, paging and the modified-since filter
// ---------------------------------------------------------------------------------------------

/**
 * ASSUMED: JSON bodies. A single record comes back as `{ "data": {...} }`, a list as
 * `{ "data": [...], "page": 1, "pageSize": 100, "hasMore": true }`. Writes send the record itself
 * (no envelope).
 */
export const ENVELOPE = { dataKey: 'data', hasMoreKey: 'hasMore' } as const;

/** ASSUMED: page-number paging, 1-based, with a page size of at most 100. */
export const PAGING = { pageParam: 'page', pageSizeParam: 'pageSize', firstPage: 1, maxPageSize: 100 } as const;

/**
 * ASSUMED: every list accepts `modifiedSince` (ISO 8601 instant, inclusive) and returns records
 * ordered by their modified time, oldest first, ties by id. Every record carries `updatedAt`
 * (ISO 8601, UTC) and `createdAt`.
 */
export const MODIFIED = { sinceParam: 'modifiedSince', field: 'updatedAt', createdField: 'createdAt' } as const;

/** ASSUMED: record ids are opaque strings in `id`. */
export const ID_FIELD = 'id';

/**
 * ASSUMED: fields the server owns. Writes never send them, so a record read from Re-Leased (or
 * the mapper's output) can be sent back whole.
 */
export const SERVER_FIELDS: readonly string[] = [
	ID_FIELD,
	MODIFIED.field,
	MODIFIED.createdField,
	'totalTax',
	'total',
	'amountPaid',
	'amountDue',
	'remainingCredit',
];

// ---------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------

/**
 * ASSUMED: plain HTTP status codes; an error body `{ "code": "...", "message": "...",
 * "errors": [{ "field": "...", "message": "..." }] }` (the shape the research notes suggested);
 * 429 with a `Retry-After` header (seconds) when throttled.
 */
export const ERROR_CODES = {
	validation: 'validation_error',
	notFound: 'not_found',
	conflict: 'invalid_state',
	unauthorized: 'unauthorized',
	rateLimited: 'rate_limited',
	server: 'server_error',
} as const;

export interface ContractError {
	code: string;
	message: string;
	errors?: Array<{ field?: string; message: string }>;
}

/** Reads an error answer into Re-Leased's own code and message, whatever the body turned out to be. */
export function readContractError(status: number, body: unknown): { code: string; message: string; fix?: string } {
	const b = (body && typeof body === 'object' ? body : {}) as Partial<ContractError>;
	const code = typeof b.code === 'string' && b.code ? b.code : `HTTP_${status}`;
	const details = Array.isArray(b.errors)
		? b.errors.map((e) => (e.field ? `${e.field}: ${e.message}` : e.message)).join('; ')
		: '';
	const base =
		typeof b.message === 'string' && b.message
			? b.message
			: typeof body === 'string' && body.trim()
				? body.trim().slice(0, 300)
				: `HTTP ${status}`;
	// An answer reflecting the request could carry the token (header name and prefix are configurable):
	// a bearer value is masked by shape here; the known token is masked again by the shared request.
	const message = (details ? `${base} (${details})` : base).replace(/(Bearer\s+)[A-Za-z0-9._~+/=-]{6,}/gi, '$1***');
	return { code, message, fix: fixFor(status) };
}

function fixFor(status: number): string | undefined {
	if (status === 401 || status === 403)
		return 'Check the API token in the Re-Leased credential, and that it belongs to this company';
	if (status === 404) return 'Check the record ID, and that the credential Base URL is the API root Re-Leased gave you';
	if (status === 429) return 'Re-Leased is throttling: lower the number of items per run or run less often';
	return undefined;
}

// ---------------------------------------------------------------------------------------------
// Verified value lists (labels) and their ASSUMED wire values
// ---------------------------------------------------------------------------------------------

/** VERIFIED labels (help centre); ASSUMED wire values (the labels without spaces). */
export const INVOICE_STATUS = {
	Draft: 'Draft',
	'Awaiting Approval': 'AwaitingApproval',
	Approved: 'Approved',
	Paid: 'Paid',
	Voided: 'Voided',
	Overdue: 'Overdue',
} as const;
export type InvoiceStatus = (typeof INVOICE_STATUS)[keyof typeof INVOICE_STATUS];

/** VERIFIED: the three save actions an invoice can be created or updated with. */
export const SAVE_STATUSES: readonly InvoiceStatus[] = ['Draft', 'AwaitingApproval', 'Approved'];

/** VERIFIED: income invoices and expense invoices (bills). ASSUMED wire values. */
export const INVOICE_TYPE = { Income: 'Income', Expense: 'Expense' } as const;
export type InvoiceType = (typeof INVOICE_TYPE)[keyof typeof INVOICE_TYPE];

/** VERIFIED: Current, Future, Expired. INFERRED from the actions cancel, vacate, archive: the rest. */
export const TENANCY_STATUS = ['Current', 'Future', 'Expired', 'Cancelled', 'Vacated', 'Archived'] as const;

/** ASSUMED: accounts, tax types, tracking options and contacts are Active or Archived. */
export const RECORD_STATUS = { active: 'Active', archived: 'Archived' } as const;

/** ASSUMED: account types (chart of accounts classes; Re-Leased's list is not published). */
export const ACCOUNT_TYPES = ['Revenue', 'Expense', 'Asset', 'Liability', 'Equity'] as const;

/** VERIFIED: with Xero, property tracking is one category called "Property"; with Intacct, dimensions. */
export const PROPERTY_TRACKING_CATEGORY = 'Property';

// ---------------------------------------------------------------------------------------------
// Resources: paths, operations, field names, list filters
// ---------------------------------------------------------------------------------------------

export type ResourceKey =
	| 'contact'
	| 'property'
	| 'tenancy'
	| 'invoice'
	| 'creditNote'
	| 'adjustment'
	| 'payment'
	| 'account'
	| 'taxType'
	| 'trackingOption';

export interface ResourceContract {
	/** ASSUMED path of the collection; a record is `${path}/${id}`. */
	path: string;
	/** ASSUMED write verbs the API accepts for this resource. */
	create?: boolean;
	/** ASSUMED: partial update with PATCH `${path}/${id}`. */
	update?: boolean;
	/** ASSUMED: POST `${path}/${id}/void`. */
	void?: boolean;
	/** ASSUMED: POST `${path}/${id}/archive`. */
	archive?: boolean;
	/**
	 * ASSUMED list filters: our stable parameter name -> query parameter on the wire. Every list
	 * also takes PAGING and MODIFIED.sinceParam.
	 */
	filters: Record<string, string>;
	/** Field the dropdowns show as a record's name. */
	labelField: string;
	/**
	 * ASSUMED: the record's number/code/name, unique per company (within `scope`), and a list
	 * filter that finds it exactly. Used to return an existing record instead of creating a
	 * duplicate when a sync runs twice.
	 */
	naturalKey?: { field: string; filter: string; scope?: string[] };
}

/**
 * ASSUMED paths and verbs. What the node offers per resource follows the issue; what the wire
 * looks like is this table.
 */
export const RESOURCES: Record<ResourceKey, ResourceContract> = {
	contact: {
		path: '/contacts',
		create: true,
		update: true,
		filters: { status: 'status', search: 'search', name: 'name' },
		labelField: 'name',
		naturalKey: { field: 'name', filter: 'name' },
	},
	property: { path: '/properties', filters: { search: 'search' }, labelField: 'name' },
	tenancy: {
		path: '/tenancies',
		filters: { status: 'status', property: 'propertyId', contact: 'tenantContactId' },
		labelField: 'name',
	},
	invoice: {
		path: '/invoices',
		create: true,
		update: true,
		void: true,
		filters: { type: 'type', status: 'status', contact: 'contactId', property: 'propertyId', number: 'invoiceNumber' },
		labelField: 'invoiceNumber',
		naturalKey: { field: 'invoiceNumber', filter: 'number', scope: ['type'] },
	},
	creditNote: {
		path: '/credit-notes',
		create: true,
		filters: {
			type: 'type',
			status: 'status',
			contact: 'contactId',
			property: 'propertyId',
			number: 'creditNoteNumber',
		},
		labelField: 'creditNoteNumber',
		naturalKey: { field: 'creditNoteNumber', filter: 'number', scope: ['type'] },
	},
	adjustment: {
		path: '/adjustments',
		create: true,
		filters: { type: 'type', contact: 'contactId', invoice: 'invoiceId', number: 'adjustmentNumber' },
		labelField: 'adjustmentNumber',
		naturalKey: { field: 'adjustmentNumber', filter: 'number', scope: ['type'] },
	},
	payment: {
		path: '/payments',
		create: true,
		filters: { invoice: 'invoiceId', contact: 'contactId' },
		labelField: 'reference',
	},
	account: {
		path: '/accounts',
		create: true,
		update: true,
		archive: true,
		filters: { status: 'status', type: 'type', code: 'code' },
		labelField: 'name',
		naturalKey: { field: 'code', filter: 'code' },
	},
	taxType: {
		path: '/tax-types',
		create: true,
		update: true,
		archive: true,
		filters: { status: 'status', name: 'name' },
		labelField: 'name',
		naturalKey: { field: 'name', filter: 'name' },
	},
	trackingOption: {
		path: '/tracking-options',
		create: true,
		update: true,
		archive: true,
		filters: { status: 'status', category: 'category', name: 'name' },
		labelField: 'name',
		naturalKey: { field: 'name', filter: 'name', scope: ['category'] },
	},
};

export const VOID_SUFFIX = '/void';
export const ARCHIVE_SUFFIX = '/archive';

/**
 * ASSUMED JSON field names. They rename the VERIFIED help-centre labels (kept in the comments)
 * into camelCase, as in the research notes' illustrative shapes. The node's parameters use these
 * names too; records are read and written whole in this shape.
 */
export const FIELDS = {
	/** Contact: Name, Correspondence Name, First/Last Name, Email, Telephone, Mobile, Fax, two addresses. */
	contact: [
		'name',
		'correspondenceName',
		'firstName',
		'lastName',
		'email',
		'telephone',
		'mobile',
		'fax',
		'postalAddress',
		'streetAddress',
	],
	/** Postal Address / Street Address: Address, Suburb, Town/City, Region/State, Post/Zip Code, Country. */
	address: ['address', 'suburb', 'city', 'region', 'postcode', 'country'],
	/** Invoice: Invoice Number, Type, Status, To (Contact), Issue Date, Due Date, Reference, Payment Priority. */
	invoice: [
		'invoiceNumber',
		'type',
		'status',
		'contactId',
		'propertyId',
		'tenancyId',
		'issueDate',
		'dueDate',
		'reference',
		'paymentPriority',
		'currency',
		'lines',
	],
	/** Entry: description, amount excluding tax, Account, Property Tracking, tax detail. */
	line: ['description', 'accountCode', 'taxType', 'tracking', 'amountExclTax', 'taxAmount'],
	/** Tracking on a line: the category (Property) and the option (the property's tracking name). */
	tracking: ['category', 'option'],
	/** Read-only invoice totals: Invoice Tax Amount Total, Invoice Total Including Tax, paid and due. */
	invoiceTotals: ['totalTax', 'total', 'amountPaid', 'amountDue'],
	creditNote: [
		'creditNoteNumber',
		'type',
		'status',
		'contactId',
		'propertyId',
		'invoiceId',
		'issueDate',
		'reference',
		'currency',
		'lines',
	],
	/** ASSUMED entirely: the Re-Leased shape of an adjustment is not described anywhere. */
	adjustment: ['adjustmentNumber', 'type', 'contactId', 'invoiceId', 'propertyId', 'date', 'reference', 'lines'],
	payment: ['invoiceId', 'contactId', 'date', 'amount', 'reference'],
	account: ['code', 'name', 'type', 'taxType', 'description'],
	taxType: ['name', 'code', 'rate'],
	trackingOption: ['category', 'name', 'propertyId'],
	property: ['name', 'reference', 'address', 'trackingOption'],
	tenancy: ['name', 'propertyId', 'tenantContactId', 'status', 'currentTerm', 'futureTerms', 'pastTerms'],
} as const;

/** ASSUMED: dates without time (issue, due, payment dates; tenancy terms) are `YYYY-MM-DD`. */
export const DATE_FORMAT = 'yyyy-MM-dd';

/** Path of one record. Ids are URL-encoded so an id can never change the path. */
export function recordPath(resource: ResourceKey, id: string, suffix = ''): string {
	return `${RESOURCES[resource].path}/${encodeURIComponent(id)}${suffix}`;
}
