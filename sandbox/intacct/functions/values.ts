import { DateTime } from 'luxon';
import { ISO_4217_CODES } from '../assumptions';
import { parseAuditTimestamp } from '../dates';
import { ERR, type IntacctErrorEntry } from '../errors';
import { isObject, textOf, type XmlObject, type XmlValue } from '../xml';

/**
 * Value checks that hold for every function and every field, run before the function (gateway.ts):
 * - dates (notes §3.6): generic `mm/dd/yyyy` [`HH:MM:SS`] values and legacy `<year><month><day>`
 *   elements must be real calendar dates: 02/30/2025, month 13 or day 0 fail the function, naming
 *   the field, and are never rolled over to another day;
 * - ISO-looking dates (`yyyy-mm-dd`) in date fields (names with DATE, or starting WHEN) likewise;
 * - currency fields (CURRENCY, BASECURR and their legacy lower-case forms) must hold an ISO 4217 code.
 * Returns the first problem as a function error, or undefined.
 */
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;
const ISO_DATE = /^\d{4}-\d{1,2}-\d{1,2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const CURRENCY_FIELD = /^(currency|basecurr|trx_currency)$/i;
const DATE_FIELD = /date|^when/i;

const FIX_DATE = 'Use a real calendar date: mm/dd/yyyy for generic functions, <year><month><day> for legacy ones.';

function dateProblem(field: string, value: string, name: string): IntacctErrorEntry | undefined {
	if (US_DATE.test(value)) {
		return parseAuditTimestamp(value) === undefined
			? ERR.invalidValue(field, value, 'is not a valid date.', FIX_DATE)
			: undefined;
	}
	if (DATE_FIELD.test(name) && ISO_DATE.test(value) && !DateTime.fromISO(value.replace(' ', 'T')).isValid) {
		return ERR.invalidValue(field, value, 'is not a valid date.', FIX_DATE);
	}
	return undefined;
}

function legacyDateProblem(field: string, el: XmlObject): IntacctErrorEntry | undefined {
	const y = (textOf(el.year) ?? '').trim();
	const m = (textOf(el.month) ?? '').trim();
	const d = (textOf(el.day) ?? '').trim();
	const shown = `${y}-${m}-${d}`;
	if (
		![y, m, d].every((p) => /^\d+$/.test(p)) ||
		!DateTime.fromObject({ year: Number(y), month: Number(m), day: Number(d) }).isValid
	) {
		return ERR.invalidValue(field, shown, 'is not a valid date (year, month, day).', FIX_DATE);
	}
	return undefined;
}

function walk(
	name: string,
	value: XmlValue,
	path: string,
	parent: XmlObject | undefined,
): IntacctErrorEntry | undefined {
	if (Array.isArray(value)) {
		for (const v of value) {
			const p = walk(name, v, path, parent);
			if (p) return p;
		}
		return undefined;
	}
	if (isObject(value)) {
		const keys = Object.keys(value).filter((k) => !k.startsWith('@_') && k !== '#text');
		if (keys.includes('year') && keys.includes('month') && keys.includes('day')) return legacyDateProblem(path, value);
		for (const k of keys) {
			const p = walk(k, value[k]!, path ? `${path}/${k}` : k, value);
			if (p) return p;
		}
		return undefined;
	}
	const text = value.trim();
	if (text === '') return undefined;
	// A `query` filter value is named after its <field> (e.g. WHENMODIFIED), not "value".
	const field = name === 'value' && parent ? (textOf(parent.field) ?? path).trim() : path;
	if (CURRENCY_FIELD.test(name) && !ISO_4217_CODES.has(text)) {
		return ERR.invalidValue(
			field,
			text,
			'is not a currency code (ISO 4217, e.g. USD, GBP, EUR).',
			'Use the ISO 4217 code of a currency set up in the company.',
		);
	}
	return dateProblem(field, text, name === 'value' ? field : name);
}

export function findBadValue(functionName: string, element: XmlValue): IntacctErrorEntry | undefined {
	if (functionName === 'readByQuery' || functionName === 'readMore') return undefined; // query strings: query.ts
	return walk(functionName, element, '', undefined);
}
