import type { IDataObject } from 'n8n-workflow';
import { currencyCode, InputError, parseDate } from '../../shared/validate';
import { DATE_FORMAT, PROPERTY_TRACKING_CATEGORY } from '../transport/contract';
import { ADDRESS_FIELDS, DATE_FIELDS } from '../descriptions/common';

/** A bad value in the record being built: names the field and the fix (the item is added by atItemAsync). */
export class RecordInputError extends InputError {
	constructor(message: string) {
		super(message, '');
	}
}

/** Re-Leased records are single-currency per company; two decimals (assumed: no zero-decimal currency). */
export function roundMoney(value: number): number {
	return Math.round((value + Number.EPSILON) * 100) / 100;
}

function toNumber(value: unknown, field: string): number {
	const n = typeof value === 'number' ? value : Number(String(value).trim());
	if (String(value).trim() === '' || !Number.isFinite(n)) {
		throw new RecordInputError(`Field "${field}" must be a number, got "${String(value)}"`);
	}
	return n;
}

/** Any date or date-time the user enters becomes the contract's date-only format. */
export function toContractDate(value: unknown, field: string): string {
	// Strict (luxon, shared/validate): 2025-02-30 is an error naming the field, never 2025-03-02.
	return parseDate(typeof value === 'string' ? value.trim() : value, field).toFormat(DATE_FORMAT);
}

function isBlank(value: unknown): boolean {
	return value === undefined || value === null || value === '';
}

/** The node's `lines` fixed collection -> the contract's line array. */
function linesFromUi(value: unknown): IDataObject[] {
	const rows = ((value as IDataObject | undefined)?.line ?? []) as IDataObject[];
	return rows.map((row, index) => {
		const line: IDataObject = {};
		if (!isBlank(row.description)) line.description = row.description;
		line.amountExclTax = toNumber(row.amountExclTax ?? 0, `lines[${index}].amountExclTax`);
		if (!isBlank(row.accountCode)) line.accountCode = row.accountCode;
		if (!isBlank(row.taxType)) line.taxType = row.taxType;
		if (!isBlank(row.taxAmount)) line.taxAmount = toNumber(row.taxAmount, `lines[${index}].taxAmount`);
		if (!isBlank(row.trackingOption))
			line.tracking = { category: PROPERTY_TRACKING_CATEGORY, option: row.trackingOption };
		return line;
	});
}

/** Fields set in the UI (top-level parameters plus a collection) -> a record in contract field names. */
export function recordFromUi(values: IDataObject): IDataObject {
	const out: IDataObject = {};
	for (const [key, value] of Object.entries(values)) {
		if (key === 'lines') out.lines = linesFromUi(value);
		else if (ADDRESS_FIELDS.has(key)) {
			const address = (value as IDataObject | undefined)?.value as IDataObject | undefined;
			if (address && Object.keys(address).length) out[key] = address;
		} else if (DATE_FIELDS.has(key)) {
			if (!isBlank(value)) out[key] = toContractDate(value, key);
		} else if (!isBlank(value)) out[key] = value;
	}
	return out;
}

/** The money rule for every write, whatever the input mode: amounts rounded to the currency's decimals. */
export function normaliseMoney(record: IDataObject): IDataObject {
	const out = { ...record };
	if (Array.isArray(out.lines)) {
		out.lines = (out.lines as IDataObject[]).map((line, index) => {
			const copy = { ...line };
			for (const key of ['amountExclTax', 'taxAmount']) {
				if (!isBlank(copy[key])) copy[key] = roundMoney(toNumber(copy[key], `lines[${index}].${key}`));
			}
			return copy;
		});
	}
	if (!isBlank(out.amount)) out.amount = roundMoney(toNumber(out.amount, 'amount'));
	// Dates and the currency are checked whatever the input mode (a JSON record too).
	for (const key of DATE_FIELDS) if (!isBlank(out[key])) out[key] = toContractDate(out[key], key);
	if (!isBlank(out.currency)) {
		out.currency = currencyCode(out.currency, 'currency');
	}
	if (!isBlank(out.rate)) out.rate = toNumber(out.rate, 'rate');
	return out;
}

/** A JSON parameter or input item that must be one object. */
export function asRecord(value: unknown, what: string): IDataObject {
	let parsed = value;
	let parseError: string | undefined;
	if (typeof value === 'string') {
		try {
			parsed = JSON.parse(value);
		} catch (error) {
			parseError = (error as Error).message;
		}
	}
	if (parseError !== undefined) throw new RecordInputError(`${what} is not valid JSON: ${parseError}`);
	if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
		throw new RecordInputError(`${what} must be a JSON object with the record's fields`);
	}
	return parsed as IDataObject;
}
