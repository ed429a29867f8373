import type { IDataObject } from 'n8n-workflow';
import type { FieldSpec } from '../generic/spec';
import type { DateTime } from 'luxon';
import {
	currencyCode,
	DATE_HINT,
	InputError as SharedInputError,
	parseDate,
	shown,
	toIsoDate,
} from '../../shared/validate';

/** A field value error: names the field and the fix (the item is added by atItemAsync in each operation). */
export class InputError extends SharedInputError {
	constructor(message: string) {
		super(message, '');
	}
}

/**
 * Errors are thrown as plain values here and shaped for n8n in one place: runPerItem
 * (shared/items.ts) turns them into NodeOperationError / NodeApiError with the item index.
 */
export function inputError(message: string): InputError {
	return new InputError(message);
}

/** `YYYY-MM-DD` from an n8n date value (the date the user picked, no zone shift). */
export function toScoroDate(value: unknown, field: string): string {
	// Strict (luxon): 2025-02-30 or 2025-13-45 is an error naming the field, never stored as given.
	try {
		return toIsoDate(typeof value === 'string' ? value.trim() : value, field);
	} catch {
		throw inputError(`${field}: "${shown(value)}" is not a date; ${DATE_HINT}`);
	}
}

/**
 * `YYYY-MM-DD HH:mm:ss` for modified-date filters. A value with a zone is converted to UTC
 * (contract.ts: Scoro's timestamps are taken as UTC); a value without one is used as given.
 */
export function toScoroDateTime(value: unknown, field: string): string {
	const text = typeof value === 'string' ? value.trim() : value;
	let dt: DateTime;
	try {
		dt = parseDate(text, field, { zone: 'utc' });
	} catch {
		throw inputError(`${field}: "${shown(value)}" is not a date-time; ${DATE_HINT}`);
	}
	// A value with a zone is converted to UTC; a value without one is used as written.
	const zoned = typeof text === 'string' && /[zZ]$|[+-]\d{2}(:?\d{2})?$/.test(text.slice(10));
	return (zoned ? dt.toUTC() : dt).toFormat('yyyy-MM-dd HH:mm:ss');
}

function asNumber(value: unknown, field: string): number {
	const n = typeof value === 'number' ? value : Number(String(value).trim());
	if (!Number.isFinite(n) || typeof value === 'boolean' || String(value).trim() === '') {
		throw inputError(
			`${field}: "${String(value)}" is not a number; write a plain number such as 1000.50 (no thousands separators)`,
		);
	}
	return n;
}

/** Parses a JSON parameter (object expected); names the parameter when it is not JSON. */
export function parseJsonObject(value: unknown, what: string): IDataObject {
	if (value === undefined || value === null || value === '') return {};
	let parsed: unknown = value;
	if (typeof value === 'string') {
		try {
			parsed = JSON.parse(value);
		} catch (error) {
			throw inputError(`${what}: not valid JSON (${(error as Error).message})`);
		}
	}
	if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
		throw inputError(`${what}: must be a JSON object`);
	return parsed as IDataObject;
}

/** UI values of FieldSpecs -> Scoro fields, typed the way Scoro expects. Empty values are left out. */
export function fieldsToScoro(values: IDataObject, specs: FieldSpec[], where: string): IDataObject {
	const out: IDataObject = {};
	for (const spec of specs) {
		const value = values[spec.name];
		if (value === undefined || value === null || value === '') continue;
		const label = `${where}${spec.title} (${spec.name})`;
		switch (spec.kind) {
			case 'number':
				out[spec.name] = asNumber(value, label);
				break;
			case 'boolean':
				out[spec.name] = value === true || value === 'true' || value === 1;
				break;
			case 'date':
				out[spec.name] = toScoroDate(value, label);
				break;
			case 'string':
				// Reference §3: `currency` is an ISO 4217 code on documents and receipts.
				out[spec.name] = spec.name === 'currency' ? currencyCode(value, label) : String(value);
				break;
			case 'ids':
				out[spec.name] = String(value)
					.split(',')
					.map((s) => s.trim())
					.filter(Boolean)
					.map((s) => asNumber(s, label));
				break;
			case 'options':
				// Ids from dropdowns arrive as strings; Scoro's ids are numbers.
				out[spec.name] = spec.loadOptionsMethod && /^-?\d+$/.test(String(value)) ? Number(value) : value;
				break;
			default:
				out[spec.name] = String(value);
		}
	}
	if (values.json !== undefined)
		Object.assign(
			out,
			checkRecord(parseJsonObject(values.json, `${where}Other Fields (JSON)`), `${where}Other Fields (JSON)`),
		);
	return out;
}

/** Scoro's date fields (`YYYY-mm-dd`, reference §3) wherever a record carries them. */
const DATE_FIELDS = ['date', 'deadline', 'recognition_date', 'dateofpayment'];

/**
 * The same checks for a record given as JSON as for the UI fields: dates strictly, the currency
 * against ISO 4217, lines (when present) line by line. Returns the record with normalised values.
 */
export function checkRecord(record: IDataObject, what: string): IDataObject {
	const out: IDataObject = { ...record };
	for (const key of DATE_FIELDS) {
		const value = out[key];
		if (value === undefined || value === null || value === '') continue;
		// In list filters a date is a range, {"from_date": ..., "to_date": ...} (reference §4):
		// each bound is checked as strictly as a plain date, and the range shape is kept.
		if (typeof value === 'object' && !Array.isArray(value)) {
			const range: IDataObject = {};
			for (const [bound, v] of Object.entries(value as IDataObject)) {
				if (bound !== 'from_date' && bound !== 'to_date') {
					throw inputError(`${what}.${key}.${bound}: a date range takes only from_date and to_date`);
				}
				range[bound] = toScoroDate(v, `${what}.${key}.${bound}`);
			}
			out[key] = range;
			continue;
		}
		out[key] = toScoroDate(value, `${what}.${key}`);
	}
	if (out.currency !== undefined && out.currency !== null && out.currency !== '')
		out.currency = currencyCode(out.currency, `${what}.currency`);
	for (const key of ['price', 'amount', 'sum', 'discount', 'currency_rate']) {
		if (out[key] !== undefined && out[key] !== null && typeof out[key] !== 'number') {
			if (typeof out[key] !== 'string' || !/^-?\d+(\.\d+)?$/.test((out[key] as string).trim())) {
				throw inputError(
					`${what}.${key}: ${JSON.stringify(out[key])} is not a number; write a plain number such as 1000.50 (no thousands separators)`,
				);
			}
		}
	}
	return out;
}
