import { DateTime } from 'luxon';
import { currencyCode, DATE_HINT, InputError, parseDate, shown } from '../../shared/validate';
import type { XmlNode, XmlValue } from '../transport/xml';

/**
 * Every value an Intacct write sends is checked before anything is sent, whatever built the body
 * (UI fields or Record (JSON) mode, generic or legacy functions): dates must be real calendar
 * dates, currencies ISO 4217 codes, amounts plain numbers. Sage Intacct itself would refuse or,
 * worse, shift some of these (a February date posted in March); here the item gets an error that
 * names the field and the fix, and nothing is written.
 *
 * Fields are recognised by their element names (reference §4: generic objects in upper case,
 * legacy functions in lower case); names are matched case-insensitively.
 */

const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (\d{2}):(\d{2})(?::(\d{2}))?)?$/;
const US_DATE_HINT = 'write it as YYYY-MM-DD (e.g. 2025-02-28) or mm/dd/yyyy (e.g. 02/28/2025)';

/** Date elements: WHENCREATED, WHENDUE, WHENPAID, WHENPOSTED, *DATE (PAYMENTDATE, EXCH_RATE_DATE, datecreated, ...). */
function isDateName(name: string): boolean {
	const n = name.toUpperCase();
	return (
		/^WHEN(CREATED|DUE|PAID|POSTED|DISCOUNT)$/.test(n) ||
		/DATE$/.test(n) ||
		/^DATE(CREATED|DUE|POSTED|REVERSED|PAID|RECEIVED)$/.test(n)
	);
}

/** Currency elements. */
function isCurrencyName(name: string): boolean {
	return /^(CURRENCY|BASECURR|BASECURRENCY|TRX_CURRENCY|PAYMENTCURRENCY)$/i.test(name);
}

/** Number elements: every *AMOUNT, and the rates, limits, quantities and prices of the notes §4. */
function isNumberName(name: string): boolean {
	const n = name.toUpperCase();
	return (
		/AMOUNT$/.test(n) ||
		/^(CREDITLIMIT|EXCHANGE_RATE|EXCHRATE|EXCH_RATE|QUANTITY|UIQTY|PRICE|UIPRICE|UNITPRICE|PERCENTVAL|TOTALDUE)$/.test(
			n,
		)
	);
}

const NUMBER_TEXT = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

function fail(item: number, field: string, message: string): never {
	throw new InputError(message, field, item);
}

/** A date an Intacct function takes: ISO (strict, luxon) or mm/dd/yyyy that is a real calendar date. */
export function strictUsDate(value: unknown, field: string, item?: number): string {
	const text = typeof value === 'string' ? value.trim() : value;
	if (typeof text === 'string') {
		const m = US_DATE.exec(text);
		if (m) {
			const dt = DateTime.fromObject(
				{
					year: Number(m[3]),
					month: Number(m[1]),
					day: Number(m[2]),
					hour: m[4] ? Number(m[4]) : 0,
					minute: m[5] ? Number(m[5]) : 0,
					second: m[6] ? Number(m[6]) : 0,
				},
				{ zone: 'utc' },
			);
			if (!dt.isValid || (m[4] !== undefined && Number(m[4]) > 23)) {
				throw new InputError(
					`"${field}" is "${shown(text)}", which is not a real date (${dt.invalidExplanation ?? 'hour out of range'}); ${US_DATE_HINT}`,
					field,
					item,
				);
			}
			return dt.toFormat('MM/dd/yyyy');
		}
	}
	try {
		return parseDate(text, field).toFormat('MM/dd/yyyy');
	} catch (error) {
		// Pure helper without a node context: the write path shapes InputErrors into item errors.
		if (error instanceof InputError)
			// eslint-disable-next-line @n8n/community-nodes/require-node-api-error
			throw new InputError(`${error.message.replace(DATE_HINT, US_DATE_HINT)}`, field, item);
		// eslint-disable-next-line @n8n/community-nodes/require-node-api-error
		throw error;
	}
}

function checkDate(value: XmlValue, path: string, item: number): void {
	if (value === undefined || value === null || value === '') return;
	if (typeof value === 'object' && !Array.isArray(value)) {
		// Legacy functions: <datecreated><year/><month/><day/></datecreated>.
		const { year, month, day } = value as XmlNode;
		if (year === undefined && month === undefined && day === undefined) return;
		const ints = [year, month, day].map((v) =>
			typeof v === 'number' || (typeof v === 'string' && /^\d+$/.test(v.trim())) ? Number(v) : NaN,
		);
		const dt = DateTime.fromObject({ year: ints[0], month: ints[1], day: ints[2] }, { zone: 'utc' });
		if (ints.some((n) => Number.isNaN(n)) || !dt.isValid || ints[0] < 1000) {
			fail(
				item,
				path,
				`"${path}" is year ${shown(year)}, month ${shown(month)}, day ${shown(day)}, which is not a real date; give year, month and day of a calendar date (e.g. 2025, 2, 28)`,
			);
		}
		return;
	}
	if (typeof value === 'string' || typeof value === 'number') strictUsDate(String(value), path, item);
	else fail(item, path, `"${path}" must be a date, got ${shown(value)}; ${US_DATE_HINT}`);
}

function walk(node: XmlValue, path: string, name: string, item: number): void {
	if (Array.isArray(node)) {
		node.forEach((v, n) => walk(v, `${path}[${n}]`, name, item));
		return;
	}
	const leaf = node === null || node === undefined || typeof node !== 'object';
	if (name && isDateName(name)) {
		checkDate(node, path, item);
		if (leaf) return;
	}
	if (leaf) {
		if (node === undefined || node === null || node === '') return;
		if (isCurrencyName(name)) {
			try {
				currencyCode(String(node), path);
			} catch (error) {
				if (error instanceof InputError) fail(item, path, error.message);
				// eslint-disable-next-line @n8n/community-nodes/require-node-api-error
				throw error;
			}
		} else if (isNumberName(name)) {
			if (
				typeof node === 'boolean' ||
				(typeof node === 'number' && !Number.isFinite(node)) ||
				(typeof node === 'string' && !NUMBER_TEXT.test(node.trim()))
			) {
				fail(
					item,
					path,
					`"${path}" is "${shown(node)}", which is not a number; write a plain number such as 1000.50 (no thousands separators or currency signs)`,
				);
			}
		}
		return;
	}
	for (const [k, v] of Object.entries(node)) walk(v, path ? `${path}.${k}` : k, k, item);
}

/**
 * Checks the values of one write's function body; throws an InputError naming the item, the
 * field (its path in the record, e.g. ARPYMT.RECEIPTDATE) and the fix.
 */
export function checkWriteValues(body: XmlNode, item: number): void {
	for (const [fn, content] of Object.entries(body)) {
		// Skip the function element itself (`create`, `update`, `create_invoice`): its children are the record.
		if (content && typeof content === 'object' && !Array.isArray(content)) {
			for (const [k, v] of Object.entries(content)) walk(v, k, k, item);
		} else walk(content, fn, fn, item);
	}
}
