import { DATE_HINT, ISO_4217, parseDate } from '../../shared/validate';
import { DataError, type RecordRef } from './errors';

/**
 * Strict reading of the dates and currencies a source record carries (issue 12, case 6): a
 * February document never posts in March, and an unknown currency never reaches Intacct.
 */

/** `YYYY-MM-DD[...]` -> the calendar date; a timestamp with a zone is its UTC date when asked. */
export function strictIsoDate(
	value: unknown,
	ref: RecordRef,
	field: string,
	utcOfTimestamp = false,
): string | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	let text: string | undefined;
	try {
		const dt = parseDate(value, field);
		text = (utcOfTimestamp && typeof value === 'string' && value.trim().length > 10 ? dt.toUTC() : dt).toFormat(
			'yyyy-MM-dd',
		);
	} catch {
		text = undefined;
	}
	if (text === undefined) {
		throw new DataError(
			ref,
			field,
			`"${typeof value === 'string' ? value : JSON.stringify(value)}" is not a real date; it must be ${DATE_HINT.replace(/^write it as /, '')}. Fix the date in the source record`,
		);
	}
	return text;
}

/** mm/dd/yyyy [hh:mm:ss] (Intacct) or YYYY-MM-DD -> YYYY-MM-DD, refusing impossible dates. */
export function strictIntacctDate(value: unknown, ref: RecordRef, field: string): string {
	const text = String(value ?? '').trim();
	const us = /^(\d{2})\/(\d{2})\/(\d{4})(?:\s+\d{2}:\d{2}(?::\d{2})?)?$/.exec(text);
	const iso = us ? `${us[3]}-${us[1]}-${us[2]}` : text;
	const day = strictIsoDateOrNull(iso.slice(0, 10));
	if (!day || (!us && !/^\d{4}-\d{2}-\d{2}(?:[T ]|$)/.test(text))) {
		throw new DataError(
			ref,
			field,
			`"${text}" is not a real date (expected mm/dd/yyyy, e.g. 02/28/2025). Fix the date in Sage Intacct`,
		);
	}
	return day;
}

function strictIsoDateOrNull(text: string): string | null {
	try {
		return parseDate(text, 'date').toFormat('yyyy-MM-dd');
	} catch {
		return null;
	}
}

/** An ISO 4217 code (upper-cased), or a DataError naming the field. */
export function strictCurrency(value: unknown, ref: RecordRef, field: string): string {
	const text = typeof value === 'string' ? value.trim().toUpperCase() : '';
	if (!ISO_4217.has(text)) {
		throw new DataError(
			ref,
			field,
			`"${typeof value === 'string' ? value : JSON.stringify(value)}" is not an ISO 4217 currency code; use the three-letter code such as GBP, EUR or USD`,
		);
	}
	return text;
}
