import type { Fields, StoredRecord } from '../../core/store';
import { IntacctError, type IntacctErrorEntry } from '../errors';
import { asArray, child, childText, isObject, textOf, x, type XmlValue, type XNode } from '../xml';
import type { IntacctFunctionContext } from './types';

/**
 * Shared pieces of the receivables simulation (AR invoices, adjustments, payments, advances and
 * Order Entry documents): reference checks, money, dates and the Intacct-style errors.
 */

/** Money is kept in strings with 2 decimals, as the XML API shows it (notes §3.6: rounded to 2). */
export const round2 = (n: number) => (Math.sign(n) * Math.round((Math.abs(n) + Number.EPSILON) * 100)) / 100 || 0;
export const fmt = (n: number) => round2(n).toFixed(2);
export const num = (v: unknown) => {
	const n = Number(typeof v === 'string' ? v.trim() : v);
	return Number.isFinite(n) ? n : 0;
};

/**
 * ASSUMED: the sandbox's error numbers for business-rule failures. Sage's real numbers for these
 * cases are not in the notes; the shape (specific error, then "Could not create ... record", notes
 * §2.3) is faithful.
 */
export const AR_ERR = {
	invalidReference: (what: string, value: string, field: string): IntacctErrorEntry => ({
		errorno: 'SANDBOX-INVALID-REFERENCE',
		description: `Invalid ${what}`,
		description2: `Invalid ${what} '${value}' specified in ${field}.`,
		correction: `Use a ${what} that exists in the company.`,
	}),
	rule: (description2: string, correction = ''): IntacctErrorEntry => ({
		errorno: 'SANDBOX-BUSINESS-RULE',
		description: 'Business rule violated',
		description2,
		correction,
	}),
	required: (field: string, object: string): IntacctErrorEntry => ({
		errorno: 'SANDBOX-REQUIRED-FIELD',
		description: 'Required field missing',
		description2: `${field} is required on ${object}.`,
		correction: `Provide ${field}.`,
	}),
	notFound: (object: string, key: string): IntacctErrorEntry => ({
		errorno: 'SANDBOX-NOT-FOUND',
		description: `${object} not found`,
		description2: `No ${object} record with key '${key}' exists.`,
		correction: 'Use the RECORDNO (or key) of an existing record.',
	}),
	couldNot: (verb: string, label: string): IntacctErrorEntry => ({
		errorno: 'SANDBOX-COULD-NOT',
		description: `Could not ${verb} ${label} record!`,
		description2: '',
		correction: '',
	}),
};

/** Throws the specific errors followed by the "Could not <verb> <label> record!" companion. */
export function failWith(verb: string, label: string, ...errors: IntacctErrorEntry[]): never {
	throw new IntacctError(...errors, AR_ERR.couldNot(verb, label));
}

export const text = (el: XmlValue | undefined, name: string) => (childText(el, name) ?? '').trim();
export const list = (el: XmlValue | undefined, container: string, item: string): XmlValue[] =>
	asArray(isObject(child(el, container)) ? (child(el, container) as Record<string, XmlValue>)[item] : undefined);

/** A legacy `<year><month><day>` element as MM/DD/YYYY, or '' when absent. */
export function legacyDate(el: XmlValue | undefined, name: string): string {
	const d = child(el, name);
	if (!isObject(d)) return '';
	const y = textOf(d.year) ?? '';
	const m = (textOf(d.month) ?? '').padStart(2, '0');
	const day = (textOf(d.day) ?? '').padStart(2, '0');
	return `${m}/${day}/${y}`;
}

/** Generic functions take MM/DD/YYYY (notes §3.6). */
export function genericDate(value: string, field: string, label: string): string {
	if (value === '') return '';
	if (!/^\d{1,2}\/\d{1,2}\/\d{4}$/.test(value)) {
		failWith(
			'create',
			label,
			AR_ERR.rule(`${field} '${value}' is not a date in the format mm/dd/yyyy.`, 'Use mm/dd/yyyy.'),
		);
	}
	return value;
}

/**
 * An index of one field of one collection, rebuilt whenever the collection's size differs from what
 * the index last saw (inserts, deletes, resets and rollbacks all change it); a hit is verified
 * against the record. Keeps duplicate-number checks O(1) when thousands of documents are created.
 */
const indexes = new WeakMap<object, Map<string, { size: number; ids: Map<string, string> }>>();

export function findIndexed(
	ctx: IntacctFunctionContext,
	collection: string,
	field: string,
	value: string,
): StoredRecord | undefined {
	const store = ctx.sys.store;
	let perStore = indexes.get(store);
	if (!perStore) indexes.set(store, (perStore = new Map()));
	const key = `${collection}|${field}`;
	let index = perStore.get(key);
	const size = store.count(collection);
	if (!index || index.size !== size) {
		const ids = new Map<string, string>();
		for (const r of store.list(collection)) ids.set(String(r.fields[field] ?? ''), r.id);
		perStore.set(key, (index = { size, ids }));
	}
	const id = index.ids.get(value);
	const record = id === undefined ? undefined : store.get(collection, id);
	if (record && String(record.fields[field] ?? '') === value) return record;
	// A miss, or a changed record: confirm by scanning (rare).
	return id === undefined ? undefined : findBy(ctx, collection, field, value);
}

/** Keeps an index in step with a record this module inserted or renamed. */
export function noteIndexed(
	ctx: IntacctFunctionContext,
	collection: string,
	field: string,
	value: string,
	id: string,
): void {
	const index = indexes.get(ctx.sys.store)?.get(`${collection}|${field}`);
	if (!index) return;
	index.ids.set(value, id);
	index.size = ctx.sys.store.count(collection);
}

export function findBy(
	ctx: IntacctFunctionContext,
	collection: string,
	field: string,
	value: string,
): StoredRecord | undefined {
	return ctx.sys.store.find(collection, (r) => String(r.fields[field] ?? '') === value);
}

export function requireCustomer(
	ctx: IntacctFunctionContext,
	id: string,
	field: string,
	verb: string,
	label: string,
): StoredRecord {
	if (!id) failWith(verb, label, AR_ERR.required(field, label));
	const customer = findBy(ctx, 'CUSTOMER', 'CUSTOMERID', id);
	if (!customer) failWith(verb, label, AR_ERR.invalidReference('Customer', id, field));
	if (customer.fields.STATUS === 'inactive') {
		failWith(verb, label, AR_ERR.rule(`Customer '${id}' is inactive.`, 'Activate the customer or use another one.'));
	}
	return customer;
}

export function requireAccount(
	ctx: IntacctFunctionContext,
	no: string,
	field: string,
	verb: string,
	label: string,
): StoredRecord {
	const account = findBy(ctx, 'GLACCOUNT', 'ACCOUNTNO', no);
	if (!account) failWith(verb, label, AR_ERR.invalidReference('GL Account', no, field));
	return account;
}

/** Entities are locations too (notes §1.7), so a line may name either. */
export function requireLocation(
	ctx: IntacctFunctionContext,
	id: string,
	field: string,
	verb: string,
	label: string,
): void {
	// Notes §1.7 / §9.14: location is required on AR lines when the company is multi-entity (it is).
	if (!id) failWith(verb, label, AR_ERR.required(field, label));
	if (!findBy(ctx, 'LOCATION', 'LOCATIONID', id) && !findBy(ctx, 'LOCATIONENTITY', 'LOCATIONID', id)) {
		failWith(verb, label, AR_ERR.invalidReference('Location', id, field));
	}
}

/** The entity that owns a new record: the session's entity, '' at top level. */
export const owningEntity = (ctx: IntacctFunctionContext) => ctx.identity.locationid;

export function baseCurrency(ctx: IntacctFunctionContext): string {
	const entity = ctx.identity.locationid
		? findBy(ctx, 'LOCATIONENTITY', 'LOCATIONID', ctx.identity.locationid)
		: undefined;
	return String(entity?.fields.CURRENCY ?? 'USD');
}

/** ASSUMED: a fixed "Intacct Daily Rate" table (units of base per unit of foreign currency). */
const DAILY_RATES: Record<string, number> = { USD: 1, GBP: 1.27, EUR: 1.08, AUD: 0.66, CAD: 0.74 };

export function exchangeRate(
	trxCurrency: string,
	base: string,
	explicit: string,
	type: string,
	label: string,
	verb: string,
): number {
	if (explicit && type) {
		// Notes §4: set either the rate type or the rate, not both.
		failWith(verb, label, AR_ERR.rule('Provide either an exchange rate type or an exchange rate, not both.'));
	}
	if (trxCurrency === base) return 1;
	if (explicit) return num(explicit);
	if (type && type !== 'Intacct Daily Rate') {
		failWith(verb, label, AR_ERR.invalidReference('Exchange Rate Type', type, 'exchratetype'));
	}
	const from = DAILY_RATES[trxCurrency];
	const to = DAILY_RATES[base];
	if (from === undefined || to === undefined)
		failWith(verb, label, AR_ERR.invalidReference('Currency', trxCurrency, 'currency'));
	return round2((from / to) * 10000) / 10000;
}

/** STATE of an open receivable document from its totals (ASSUMED value names). */
export function stateFor(entered: number, paid: number, draft: boolean): string {
	if (draft) return 'Draft';
	if (paid !== 0 && round2(Math.abs(entered) - Math.abs(paid)) <= 0) return 'Paid';
	if (paid !== 0) return 'Partially Paid';
	return 'Posted';
}

/** A record as a `<TAG>` element with each field as a child. */
export function recordNode(tag: string, fields: Record<string, string>, extra: XNode[] = []): XNode {
	return x(tag, [...Object.entries(fields).map(([k, v]) => x(k, v)), ...extra]);
}

/** `<data listtype="objects">` of generic create/update/delete (notes §2.2 example). */
export function objectsData(items: Array<{ tag: string; fields: Record<string, string> }>): XNode {
	return x(
		'data',
		items.map((i) => recordNode(i.tag, i.fields)),
		{ listtype: 'objects', count: items.length },
	);
}

export function fieldsText(fields: Fields): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [k, v] of Object.entries(fields))
		out[k] = v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
	return out;
}
