import { DateTime } from 'luxon';
import type { Fields, FieldValue, RecordStore, StoredRecord } from '../core/store';
import {
	ACCOUNT_TYPES,
	ERROR_CODES,
	FIELDS,
	ID_FIELD,
	INVOICE_TYPE,
	MODIFIED,
	PROPERTY_TRACKING_CATEGORY,
	RECORD_STATUS,
	SAVE_STATUSES,
	SERVER_FIELDS,
	type ResourceKey,
} from '../../nodes/ReLeased/transport/contract';

/**
 * Re-Leased's business rules as the sandbox simulates them. The field names, statuses and types
 * all come from the connector's contract module (nodes/ReLeased/transport/contract.ts). Rules
 * from the help centre are marked VERIFIED; the rest is ASSUMED behaviour.
 */

/** ASSUMED: the sandbox company is a New Zealand company in NZD (Re-Leased is single-currency per company). */
export const COMPANY_CURRENCY = 'NZD';

export class ApiError extends Error {
	constructor(
		readonly status: number,
		readonly code: string,
		message: string,
		readonly errors: Array<{ field?: string; message: string }> = [],
	) {
		super(message);
	}
}

const invalid = (field: string, message: string) =>
	new ApiError(400, ERROR_CODES.validation, 'The record is not valid', [{ field, message }]);

/** Fields a client may send but the server owns: ignored on writes so a record read back can be sent again. */
export const READ_ONLY = new Set([...SERVER_FIELDS, 'status']);

/** What each resource accepts on create and update (contract FIELDS); anything else is a 400. */
export const WRITABLE: Partial<Record<ResourceKey, readonly string[]>> = {
	contact: FIELDS.contact,
	invoice: FIELDS.invoice,
	creditNote: FIELDS.creditNote,
	adjustment: FIELDS.adjustment,
	payment: FIELDS.payment,
	account: FIELDS.account,
	taxType: FIELDS.taxType,
	trackingOption: FIELDS.trackingOption,
};

/** The body of a write, checked against the contract's field list (which lists `status` only where it is a save action). */
export function writableFields(resource: ResourceKey, body: unknown): Fields {
	if (!body || typeof body !== 'object' || Array.isArray(body)) {
		throw new ApiError(400, ERROR_CODES.validation, 'The body must be a JSON object');
	}
	const allowed = new Set(WRITABLE[resource] ?? []);
	const out: Fields = {};
	const unknown: string[] = [];
	for (const [key, value] of Object.entries(body as Record<string, FieldValue>)) {
		if (allowed.has(key)) out[key] = value;
		else if (!READ_ONLY.has(key)) unknown.push(key);
	}
	if (unknown.length) {
		throw new ApiError(
			400,
			ERROR_CODES.validation,
			'The record has unknown fields',
			unknown.map((field) => ({ field, message: 'unknown field' })),
		);
	}
	return out;
}

/** The record as the API returns it: id, fields, createdAt, updatedAt. */
export function toApi(record: StoredRecord): Record<string, FieldValue> {
	return {
		[ID_FIELD]: record.id,
		...record.fields,
		[MODIFIED.createdField]: record.createdAt,
		[MODIFIED.field]: record.modifiedAt,
	};
}

export const round2 = (n: number): number => Math.round((n + Number.EPSILON) * 100) / 100;

function requireString(fields: Fields, field: string): string {
	const v = fields[field];
	if (typeof v !== 'string' || !v.trim()) throw invalid(field, 'is required');
	return v;
}

function requireDate(fields: Fields, field: string): void {
	const v = fields[field];
	// A real calendar day (luxon): Date.parse would take 2025-02-30 as March 2nd.
	if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v) || !DateTime.fromISO(v, { zone: 'utc' }).isValid) {
		throw invalid(field, 'must be a date YYYY-MM-DD');
	}
}

function requireRef(
	store: RecordStore,
	collection: ResourceKey,
	fields: Fields,
	field: string,
	required: boolean,
): StoredRecord | undefined {
	const v = fields[field];
	if (v === undefined || v === null || v === '') {
		if (required) throw invalid(field, 'is required');
		return undefined;
	}
	const record = store.get(collection, String(v));
	if (!record) throw invalid(field, `no ${collection} with id ${String(v)}`);
	return record;
}

function activeBy(store: RecordStore, collection: ResourceKey, key: string, value: string): StoredRecord | undefined {
	return store.find(collection, (r) => r.fields[key] === value && r.fields.status !== RECORD_STATUS.archived);
}

/**
 * Lines: amounts numeric, accounts/tax types/tracking options must exist and be active, tax
 * computed from the tax type's rate when not given. Returns lines and totals.
 */
export function priceLines(
	store: RecordStore,
	lines: FieldValue | undefined,
): { lines: Fields[]; totalTax: number; total: number } {
	if (!Array.isArray(lines) || lines.length === 0) throw invalid('lines', 'at least one line is required');
	const out: Fields[] = [];
	let net = 0;
	let tax = 0;
	lines.forEach((raw, index) => {
		if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw invalid(`lines[${index}]`, 'must be an object');
		const line = raw as Fields;
		const unknown = Object.keys(line).filter((k) => !(FIELDS.line as readonly string[]).includes(k));
		if (unknown.length) throw invalid(`lines[${index}].${unknown[0]}`, 'unknown field');
		const amount = line.amountExclTax;
		if (typeof amount !== 'number' || !Number.isFinite(amount))
			throw invalid(`lines[${index}].amountExclTax`, 'must be a number');
		if (line.accountCode !== undefined && !activeBy(store, 'account', 'code', String(line.accountCode))) {
			throw invalid(`lines[${index}].accountCode`, `no active account with code ${String(line.accountCode)}`);
		}
		let rate = 0;
		if (line.taxType !== undefined) {
			const taxType = activeBy(store, 'taxType', 'name', String(line.taxType));
			if (!taxType) throw invalid(`lines[${index}].taxType`, `no active tax type named ${String(line.taxType)}`);
			rate = Number(taxType.fields.rate ?? 0);
		}
		if (line.tracking !== undefined) {
			const t = line.tracking as Fields;
			const category = String(t?.category ?? PROPERTY_TRACKING_CATEGORY);
			const option = store.find(
				'trackingOption',
				(r) =>
					r.fields.category === category && r.fields.name === t?.option && r.fields.status !== RECORD_STATUS.archived,
			);
			if (!option)
				throw invalid(`lines[${index}].tracking`, `no active tracking option ${category}/${String(t?.option)}`);
		}
		const lineTax = line.taxAmount === undefined ? round2((amount * rate) / 100) : Number(line.taxAmount);
		if (!Number.isFinite(lineTax)) throw invalid(`lines[${index}].taxAmount`, 'must be a number');
		net += amount;
		tax += lineTax;
		out.push({ ...line, amountExclTax: round2(amount), taxAmount: round2(lineTax) });
	});
	const total = round2(net + tax);
	// VERIFIED (Intacct integration): negative invoices fail; credit notes or adjustments are the way.
	if (total < 0) throw invalid('lines', 'the total must not be negative: use a credit note or adjustment');
	return { lines: out, totalTax: round2(tax), total };
}

function checkType(fields: Fields): void {
	if (!(Object.values(INVOICE_TYPE) as string[]).includes(String(fields.type))) {
		throw invalid('type', `must be one of ${Object.values(INVOICE_TYPE).join(', ')}`);
	}
}

function checkCurrency(fields: Fields): void {
	// VERIFIED for the Intacct sync, ASSUMED for the API: one currency per company.
	if (fields.currency !== undefined && fields.currency !== COMPANY_CURRENCY) {
		throw invalid('currency', `only the company currency ${COMPANY_CURRENCY} is supported`);
	}
}

function checkContact(store: RecordStore, fields: Fields, required: boolean): void {
	const contact = requireRef(store, 'contact', fields, 'contactId', required);
	if (contact && contact.fields.status === RECORD_STATUS.archived)
		throw invalid('contactId', 'the contact is archived');
}

/** Next document number of a sequence, e.g. INV-1009. */
function nextNumber(store: RecordStore, collection: ResourceKey, field: string, prefix: string): string {
	let n = store.count(collection) + 1001;
	while (store.find(collection, (r) => r.fields[field] === `${prefix}-${n}`)) n++;
	return `${prefix}-${n}`;
}

/**
 * Where the sandbox keeps its own switches: in the store, so that a checkpoint carries them (the fault
 * suite restores a world with the switch it was made with). Not a Re-Leased resource: never routed.
 */
export const SANDBOX_SETTINGS = 'sandboxSettings';

/**
 * ASSUMED rule, switchable (POST /__admin/released/unique-numbers {"on": false}): refusing a repeated
 * invoice, credit-note or adjustment number hides a duplicate the connector would write if the real
 * API accepts it; the fault suite switches it off so that its overlap rows prove the connector's own
 * mechanism (nodes/ReLeased/transport/client.ts createOnce), not this refusal.
 */
export function uniqueNumbersOn(store: RecordStore): boolean {
	return store.get(SANDBOX_SETTINGS, 'uniqueNumbers')?.fields.on !== false;
}

function uniqueNumber(
	store: RecordStore,
	collection: ResourceKey,
	field: string,
	fields: Fields,
	selfId?: string,
): void {
	const v = fields[field];
	if (v === undefined || !uniqueNumbersOn(store)) return;
	if (store.find(collection, (r) => r.id !== selfId && r.fields[field] === v && r.fields.type === fields.type)) {
		throw invalid(field, `${String(v)} is already used`);
	}
}

export function buildInvoice(store: RecordStore, input: Fields, existing?: StoredRecord): Fields {
	const fields: Fields = { ...(existing?.fields ?? {}), ...input };
	checkType(fields);
	const status = fields.status ?? 'Draft';
	// VERIFIED save actions: Save as Draft, Save & Submit for Approval, Save & Approve.
	if (!SAVE_STATUSES.includes(status as never)) throw invalid('status', `must be one of ${SAVE_STATUSES.join(', ')}`);
	checkContact(store, fields, true);
	requireRef(store, 'property', fields, 'propertyId', false);
	requireRef(store, 'tenancy', fields, 'tenancyId', false);
	requireDate(fields, 'issueDate');
	requireDate(fields, 'dueDate');
	checkCurrency(fields);
	if (fields.paymentPriority !== undefined && fields.type !== INVOICE_TYPE.Expense) {
		throw invalid('paymentPriority', 'only expense invoices have a payment priority');
	}
	const priced = priceLines(store, fields.lines);
	if (fields.invoiceNumber === undefined)
		fields.invoiceNumber = nextNumber(store, 'invoice', 'invoiceNumber', fields.type === 'Expense' ? 'BILL' : 'INV');
	uniqueNumber(store, 'invoice', 'invoiceNumber', fields, existing?.id);
	const amountPaid = Number(existing?.fields.amountPaid ?? 0);
	if (priced.total < amountPaid)
		throw invalid('lines', `the total ${priced.total} is less than the ${amountPaid} already paid`);
	return {
		...fields,
		status,
		currency: fields.currency ?? COMPANY_CURRENCY,
		lines: priced.lines,
		totalTax: priced.totalTax,
		total: priced.total,
		amountPaid,
		amountDue: round2(priced.total - amountPaid),
	};
}

export function buildCreditNote(store: RecordStore, input: Fields): Fields {
	const fields = { ...input };
	checkType(fields);
	const status = fields.status ?? 'Draft';
	if (!SAVE_STATUSES.includes(status as never)) throw invalid('status', `must be one of ${SAVE_STATUSES.join(', ')}`);
	checkContact(store, fields, true);
	requireRef(store, 'property', fields, 'propertyId', false);
	requireDate(fields, 'issueDate');
	checkCurrency(fields);
	const priced = priceLines(store, fields.lines);
	if (fields.creditNoteNumber === undefined)
		fields.creditNoteNumber = nextNumber(store, 'creditNote', 'creditNoteNumber', 'CN');
	uniqueNumber(store, 'creditNote', 'creditNoteNumber', fields);
	return {
		...fields,
		status,
		currency: fields.currency ?? COMPANY_CURRENCY,
		lines: priced.lines,
		totalTax: priced.totalTax,
		total: priced.total,
		remainingCredit: priced.total,
	};
}

/** ASSUMED entirely: the Re-Leased shape of an adjustment is not documented. Adjustments are approved on save. */
export function buildAdjustment(store: RecordStore, input: Fields): Fields {
	const fields = { ...input };
	checkType(fields);
	checkContact(store, fields, true);
	requireRef(store, 'property', fields, 'propertyId', false);
	requireDate(fields, 'date');
	const priced = priceLines(store, fields.lines);
	if (fields.adjustmentNumber === undefined)
		fields.adjustmentNumber = nextNumber(store, 'adjustment', 'adjustmentNumber', 'ADJ');
	uniqueNumber(store, 'adjustment', 'adjustmentNumber', fields);
	return { ...fields, status: 'Approved', lines: priced.lines, totalTax: priced.totalTax, total: priced.total };
}

/** Invoice statuses that can take payments and credits (ASSUMED: approval comes first, as in Re-Leased's UI). */
export const PAYABLE = new Set(['Approved', 'Overdue']);

/** Applies money against an invoice (payment, credit note or adjustment): amountDue down, Paid at zero. */
export function applyToInvoice(
	store: RecordStore,
	invoiceId: string,
	amount: number,
	what: string,
	contactId?: FieldValue,
): Fields {
	const invoice = store.get('invoice', invoiceId);
	if (!invoice) throw invalid('invoiceId', `no invoice with id ${invoiceId}`);
	if (contactId !== undefined && contactId !== invoice.fields.contactId) {
		throw invalid('contactId', `the invoice belongs to contact ${String(invoice.fields.contactId)}`);
	}
	if (!PAYABLE.has(String(invoice.fields.status))) {
		throw new ApiError(
			409,
			ERROR_CODES.conflict,
			`A ${what} needs an approved invoice; invoice ${invoiceId} is ${String(invoice.fields.status)}`,
		);
	}
	const due = Number(invoice.fields.amountDue ?? 0);
	if (amount > due + 0.005) throw invalid('amount', `${amount} is more than the ${due} due on invoice ${invoiceId}`);
	const amountDue = round2(due - amount);
	store.update('invoice', invoiceId, {
		amountPaid: round2(Number(invoice.fields.amountPaid ?? 0) + amount),
		amountDue,
		...(amountDue === 0 ? { status: 'Paid' } : {}),
	});
	return invoice.fields;
}

export function buildPayment(store: RecordStore, input: Fields): Fields {
	const fields = { ...input };
	const invoiceId = requireString(fields, 'invoiceId');
	requireDate(fields, 'date');
	if (typeof fields.amount !== 'number' || !(fields.amount > 0)) throw invalid('amount', 'must be a number above 0');
	const invoice = store.get('invoice', invoiceId);
	if (!invoice) throw invalid('invoiceId', `no invoice with id ${invoiceId}`);
	return { ...fields, amount: round2(fields.amount), contactId: fields.contactId ?? invoice.fields.contactId };
}

export function buildAccount(store: RecordStore, input: Fields, existing?: StoredRecord): Fields {
	const fields: Fields = { ...(existing?.fields ?? {}), ...input };
	requireString(fields, 'code');
	requireString(fields, 'name');
	if (!(ACCOUNT_TYPES as readonly string[]).includes(String(fields.type)))
		throw invalid('type', `must be one of ${ACCOUNT_TYPES.join(', ')}`);
	if (fields.taxType !== undefined && !activeBy(store, 'taxType', 'name', String(fields.taxType))) {
		throw invalid('taxType', `no active tax type named ${String(fields.taxType)}`);
	}
	// VERIFIED (onboarding): each account code is used once.
	if (store.find('account', (r) => r.id !== existing?.id && r.fields.code === fields.code))
		throw invalid('code', `${String(fields.code)} is already used`);
	return { ...fields, status: fields.status ?? RECORD_STATUS.active };
}

export function buildTaxType(store: RecordStore, input: Fields, existing?: StoredRecord): Fields {
	const fields: Fields = { ...(existing?.fields ?? {}), ...input };
	requireString(fields, 'name');
	if (typeof fields.rate !== 'number' || fields.rate < 0 || fields.rate > 100)
		throw invalid('rate', 'must be a percentage from 0 to 100');
	if (store.find('taxType', (r) => r.id !== existing?.id && r.fields.name === fields.name))
		throw invalid('name', `${String(fields.name)} is already used`);
	return { ...fields, status: fields.status ?? RECORD_STATUS.active };
}

export function buildTrackingOption(store: RecordStore, input: Fields, existing?: StoredRecord): Fields {
	const fields: Fields = { category: PROPERTY_TRACKING_CATEGORY, ...(existing?.fields ?? {}), ...input };
	requireString(fields, 'name');
	requireString(fields, 'category');
	requireRef(store, 'property', fields, 'propertyId', false);
	if (
		store.find(
			'trackingOption',
			(r) => r.id !== existing?.id && r.fields.category === fields.category && r.fields.name === fields.name,
		)
	) {
		throw invalid('name', `${String(fields.category)}/${String(fields.name)} is already used`);
	}
	return { ...fields, status: fields.status ?? RECORD_STATUS.active };
}

export function buildContact(_store: RecordStore, input: Fields, existing?: StoredRecord): Fields {
	const fields: Fields = { ...(existing?.fields ?? {}), ...input };
	requireString(fields, 'name');
	if (fields.email !== undefined && !/^[^@\s]+@[^@\s]+$/.test(String(fields.email)))
		throw invalid('email', 'is not an email address');
	for (const key of ['postalAddress', 'streetAddress']) {
		const address = fields[key];
		if (address === undefined || address === null) continue;
		if (typeof address !== 'object' || Array.isArray(address)) throw invalid(key, 'must be an object');
		const unknown = Object.keys(address).filter((k) => !(FIELDS.address as readonly string[]).includes(k));
		if (unknown.length) throw invalid(`${key}.${unknown[0]}`, 'unknown field');
	}
	return { ...fields, status: fields.status ?? RECORD_STATUS.active };
}
