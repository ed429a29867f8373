import { DateTime } from 'luxon';

/**
 * Input checks every connector runs before anything is sent: strict dates (luxon), ISO 4217
 * currency codes, IDs that go into URL paths, "exactly one key" and amounts. Each check throws an
 * InputError whose message names the item (when known), the field, the value and the fix; the
 * item loops (shared/items.ts runPerItem) turn it into an item-level n8n error.
 *
 * Why strict: JavaScript's Date moves impossible dates (2025-02-30 becomes 2025-03-02) and reads
 * "2025" or "1/2/2025" in ways that depend on the engine; a general ledger must never receive a
 * date the user did not write. Values are never echoed whole when long, and never contain a
 * credential (the checks only see field values).
 */
export class InputError extends Error {
	constructor(
		message: string,
		readonly field: string,
		readonly itemIndex?: number,
	) {
		super(itemIndex === undefined ? message : `Item ${itemIndex}: ${message}`);
		this.name = 'InputError';
	}
}

/** Where a value comes from: the field label the user sees, and the item (0-based, as n8n shows it). */
export interface Where {
	field: string;
	item?: number;
}

function where(w: string | Where): Where {
	return typeof w === 'string' ? { field: w } : w;
}

function fail(w: string | Where, message: string): never {
	const { field, item } = where(w);
	throw new InputError(message, field, item);
}

/** A value as the user can recognise it in a message: short, one line. */
export function shown(value: unknown): string {
	let text: string;
	if (typeof value === 'string') text = value;
	else if (value === undefined) text = '(empty)';
	else {
		try {
			text = JSON.stringify(value) ?? String(value);
		} catch {
			text = String(value);
		}
	}
	text = text.replace(/[\u0000-\u001f\u007f]/g, '?');
	return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

// ---------------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------------

/**
 * The only shapes accepted: a calendar date, optionally with a time (T or one space), seconds,
 * fractions and a zone (Z or ±hh:mm). Luxon then refuses impossible calendar values (2025-02-30,
 * month 13, hour 24). Year-only, week and ordinal dates, which luxon's fromISO also accepts, are
 * refused here on purpose: "2025" is almost always a mistake in an invoice date.
 */
const DATE_SHAPE = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)(Z|[+-]\d{2}(?::?\d{2})?)?)?$/;

export const DATE_HINT =
	'write it as YYYY-MM-DD (e.g. 2025-02-28), optionally with a time such as 2025-02-28T09:30:00Z';

export interface DateOptions {
	/** Zone for a date-time written without one (default: the n8n process zone, as n8n's own date fields). */
	zone?: string;
}

/** Luxon DateTime, JS Date or text -> DateTime, keeping the zone the value was written in. */
export function parseDate(value: unknown, w: string | Where, options: DateOptions = {}): DateTime {
	if (DateTime.isDateTime(value)) {
		if (!value.isValid)
			fail(
				w,
				`"${where(w).field}" must be a date, got an invalid one (${value.invalidExplanation ?? value.invalidReason}); ${DATE_HINT}`,
			);
		return value;
	}
	if (value instanceof Date) {
		if (Number.isNaN(value.getTime())) fail(w, `"${where(w).field}" must be a date, got an invalid one; ${DATE_HINT}`);
		return DateTime.fromJSDate(value, { zone: 'utc' });
	}
	if (typeof value !== 'string') {
		fail(
			w,
			`"${where(w).field}" must be a date, got ${Array.isArray(value) ? 'a list' : `a ${typeof value}`} ${shown(value)}; ${DATE_HINT}`,
		);
	}
	const text = value.trim();
	if (!text) fail(w, `"${where(w).field}" must be a date, got nothing; ${DATE_HINT}`);
	const m = DATE_SHAPE.exec(text);
	if (!m) fail(w, `"${where(w).field}" must be a date, got "${shown(text)}"; ${DATE_HINT}`);
	const iso = text.replace(' ', 'T');
	const hasZone = m[3] !== undefined;
	// A date alone is that calendar day (no zone shift); a time without a zone is read in the given zone.
	const dt = !m[2]
		? DateTime.fromISO(iso, { zone: 'utc' })
		: hasZone
			? DateTime.fromISO(iso, { setZone: true })
			: DateTime.fromISO(iso, { zone: options.zone ?? 'local' });
	// Luxon reads hour 24 as midnight of the next day: that is a shift too.
	if (!dt.isValid || (m[2] !== undefined && m[2].startsWith('24'))) {
		fail(
			w,
			`"${where(w).field}" must be a date, got "${shown(text)}", which is not a real ${m[2] ? 'date and time' : 'date'} (${dt.invalidExplanation ?? dt.invalidReason ?? 'hour 24'}); ${DATE_HINT}`,
		);
	}
	return dt;
}

/** The calendar date as written: `YYYY-MM-DD`, never shifted to another day. */
export function toIsoDate(value: unknown, w: string | Where, options: DateOptions = {}): string {
	return parseDate(value, w, options).toFormat('yyyy-MM-dd');
}

/** The instant in UTC ISO form (`2025-02-28T09:30:00.000Z`), for APIs that take timestamps. */
export function toIsoDateTime(value: unknown, w: string | Where, options: DateOptions = {}): string {
	return parseDate(value, w, options).toUTC().toISO()!;
}

/**
 * Strict reading of a date a source system gave (mapper input): `YYYY-MM-DD...`; a timestamp with
 * a zone is taken as its UTC calendar date. Returns undefined for empty values.
 */
export function isoDateOrUndefined(value: unknown, w: string | Where, utcOfTimestamp = false): string | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	const dt = parseDate(value, w);
	return (utcOfTimestamp ? dt.toUTC() : dt).toFormat('yyyy-MM-dd');
}

// ---------------------------------------------------------------------------------------------
// Currencies
// ---------------------------------------------------------------------------------------------

/**
 * ISO 4217 active codes (list one, the currencies and funds in use; amendment 179, 2025). The test
 * code XTS and "no currency" XXX are left out: no invoice is in them.
 */
export const ISO_4217: ReadonlySet<string> = new Set(
	(
		'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BOV BRL BSD BTN BWP BYN BZD ' +
		'CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL ' +
		'GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD ' +
		'KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO ' +
		'NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD ' +
		'SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD USN UYI UYU UYW UZS VED VES VND VUV ' +
		'WST XAF XAG XAU XBA XBB XBC XBD XCD XCG XDR XOF XPD XPF XPT XSU XUA YER ZAR ZMW ZWG'
	).split(' '),
);

/** A currency code: three letters of ISO 4217 (upper-cased: `gbp` is GBP). */
export function currencyCode(value: unknown, w: string | Where): string {
	const text = typeof value === 'string' ? value.trim().toUpperCase() : '';
	if (!ISO_4217.has(text)) {
		fail(
			w,
			`"${where(w).field}" is "${shown(value)}", which is not an ISO 4217 currency code; use the three-letter code such as GBP, EUR or USD`,
		);
	}
	return text;
}

// ---------------------------------------------------------------------------------------------
// Keys and IDs in URL paths
// ---------------------------------------------------------------------------------------------

/**
 * One record key. Lists (`3,4`, `[5,6]`, an array from an expression) are refused, so a get,
 * update or delete always touches exactly one record.
 */
export function singleKey(value: unknown, w: string | Where): string {
	const { field } = where(w);
	if (Array.isArray(value)) {
		fail(w, `"${field}" is a list (${shown(value)}); give exactly one ID per item (split the list into items first)`);
	}
	if (value !== null && typeof value === 'object') fail(w, `"${field}" must be one ID, not an object ${shown(value)}`);
	if (typeof value === 'number') {
		if (!Number.isFinite(value)) fail(w, `"${field}" is ${String(value)}, not an ID`);
		return String(value);
	}
	const text = typeof value === 'string' ? value.trim() : '';
	if (!text) fail(w, `"${field}" is empty; give the ID of the record`);
	if (/[,;\s]/.test(text) || /^\[.*\]$/.test(text)) {
		fail(w, `"${field}" is "${shown(text)}", which looks like several IDs; give exactly one ID per item`);
	}
	return text;
}

/**
 * An ID that becomes one segment of a URL path: exactly one key, not `.` or `..`, no slash,
 * backslash or control character (any of these would change which path is called). The caller
 * (or the transport) percent-encodes it; `encodedPathId` does both.
 */
export function pathId(value: unknown, w: string | Where): string {
	const text = singleKey(value, w);
	const { field } = where(w);
	if (text === '.' || text === '..') fail(w, `"${field}" is "${text}", which is not an ID; give the ID of the record`);
	if (/[/\\?#%]|[\u0000-\u001f\u007f]/.test(text)) {
		fail(
			w,
			`"${field}" is "${shown(text)}", which is not an ID: an ID cannot contain / \\ ? # % or control characters`,
		);
	}
	return text;
}

export function encodedPathId(value: unknown, w: string | Where): string {
	return encodeURIComponent(pathId(value, w));
}

/** A whole-number ID (Scoro's are integers): `12` or 12, nothing else. */
export function integerId(value: unknown, w: string | Where): string {
	const text = pathId(value, w);
	if (!/^\d{1,15}$/.test(text) || Number(text) <= 0) {
		fail(
			w,
			`"${where(w).field}" is "${shown(text)}", which is not an ID: give the record's positive whole-number ID (e.g. 42)`,
		);
	}
	return String(Number(text));
}

/**
 * A path the user typed for a generic API request, resolved against the API's base path: the
 * result must stay under it (`/../__admin/reset` or an encoded `%2e%2e` cannot leave it). Returns
 * the normalised path (starting with '/') to append to the base URL.
 */
export function pathUnderBase(baseUrl: string, path: unknown, w: string | Where): string {
	const { field } = where(w);
	const text = typeof path === 'string' ? path.trim() : '';
	if (!text) fail(w, `"${field}" is empty; it must be a path under the Base URL, such as /invoices`);
	if (
		/^[a-z][a-z0-9+.-]*:/i.test(text) ||
		text.startsWith('//') ||
		text.includes('\\') ||
		/[\u0000-\u001f\u007f]/.test(text)
	) {
		fail(
			w,
			`"${field}" is "${shown(text)}"; it must be a path under the Base URL, such as /invoices (no scheme, host or backslash)`,
		);
	}
	const base = new URL(baseUrl.replace(/\/+$/, '') + '/');
	const [pathPart] = text.split(/[?#]/, 1);
	if (text.length !== pathPart.length)
		fail(w, `"${field}" is "${shown(text)}"; put query parameters in "Query Parameters", not in the path`);
	// Decode percent-escapes of dots and slashes first, so %2e%2e is treated like ..
	let decoded: string;
	try {
		decoded = decodeURIComponent(pathPart);
	} catch {
		fail(w, `"${field}" is "${shown(text)}", which has a broken %-escape`);
	}
	const segments: string[] = [];
	for (const segment of decoded.split('/')) {
		if (segment === '' || segment === '.') continue;
		if (segment === '..')
			fail(
				w,
				`"${field}" is "${shown(text)}": ".." would leave the API's base path; give a path under it, such as /invoices`,
			);
		segments.push(segment);
	}
	if (!segments.length)
		fail(w, `"${field}" is "${shown(text)}"; give a path under the API's base URL, such as /invoices`);
	const normalised = '/' + segments.map((s) => encodeURIComponent(s)).join('/');
	// Belt and braces: the resolved URL must still start with the base path.
	const resolved = new URL(base.href.replace(/\/$/, '') + normalised);
	if (resolved.origin !== base.origin || !resolved.pathname.startsWith(base.pathname)) {
		fail(w, `"${field}" is "${shown(text)}", which resolves outside the API's base URL`);
	}
	return normalised;
}

// ---------------------------------------------------------------------------------------------
// Amounts
// ---------------------------------------------------------------------------------------------

export interface AmountOptions {
	/** Most decimals allowed (default 2; the currency's minor unit where known). */
	decimals?: number;
	/** Default true. */
	allowNegative?: boolean;
	/** Default true. */
	allowZero?: boolean;
}

const AMOUNT_TEXT = /^-?\d+(?:\.\d+)?$/;

/**
 * A money amount as a number: a JSON number or plain decimal text (`1000.50`). Thousands
 * separators (`1,000.00`), currency signs, NaN, Infinity, booleans and more decimals than the
 * currency has are refused rather than guessed at.
 */
export function amount(value: unknown, w: string | Where, options: AmountOptions = {}): number {
	const { field } = where(w);
	const decimals = options.decimals ?? 2;
	let n: number;
	if (typeof value === 'number') n = value;
	else if (typeof value === 'string' && AMOUNT_TEXT.test(value.trim())) n = Number(value.trim());
	else if (typeof value === 'string' && value.trim() === '')
		fail(w, `"${field}" is empty; give an amount such as 1000.50`);
	else {
		fail(
			w,
			`"${field}" is ${typeof value === 'string' ? `"${shown(value)}"` : shown(value)}, which is not an amount; write a plain number such as 1000.50 (no thousands separators or currency signs)`,
		);
	}
	if (!Number.isFinite(n))
		fail(w, `"${field}" is ${String(n)}, which is not an amount; write a plain number such as 1000.50`);
	if (options.allowNegative === false && n < 0) fail(w, `"${field}" is ${String(n)}; it must not be negative`);
	if (options.allowZero === false && n === 0) fail(w, `"${field}" is 0; give a non-zero amount`);
	const scaled = n * 10 ** decimals;
	// Tolerance for binary fractions (0.1 + 0.2): anything within a millionth of a minor unit is exact.
	if (Math.abs(scaled - Math.round(scaled)) > Math.max(1e-6, Math.abs(scaled) * 1e-12)) {
		fail(
			w,
			`"${field}" is ${String(value)}, which has more than ${decimals} decimal${decimals === 1 ? '' : 's'}; round it to ${decimals} decimals first`,
		);
	}
	return Math.round(scaled) / 10 ** decimals;
}

/** A required text field: present and not blank. */
export function requiredText(value: unknown, w: string | Where): string {
	const { field } = where(w);
	if (value === undefined || value === null || (typeof value === 'string' && value.trim() === ''))
		fail(w, `"${field}" is required; fill it in`);
	if (typeof value === 'object')
		fail(w, `"${field}" must be text, not ${Array.isArray(value) ? 'a list' : 'an object'} ${shown(value)}`);
	return String(value).trim();
}

/** Runs a check with the item index filled into any InputError it throws. */
export function atItem<T>(itemIndex: number, check: () => T): T {
	try {
		return check();
	} catch (error) {
		// Pure helper without a node context: runPerItem shapes these into NodeOperationError.
		if (error instanceof InputError && error.itemIndex === undefined)
			// eslint-disable-next-line @n8n/community-nodes/require-node-api-error
			throw new InputError(error.message, error.field, itemIndex);
		// eslint-disable-next-line @n8n/community-nodes/require-node-api-error
		throw error;
	}
}

/** atItem for an async item handler: every InputError it throws names the item. */
export async function atItemAsync<T>(itemIndex: number, handler: () => Promise<T>): Promise<T> {
	try {
		return await handler();
	} catch (error) {
		if (error instanceof InputError && error.itemIndex === undefined)
			// eslint-disable-next-line @n8n/community-nodes/require-node-api-error
			throw new InputError(error.message, error.field, itemIndex);
		// eslint-disable-next-line @n8n/community-nodes/require-node-api-error
		throw error;
	}
}
