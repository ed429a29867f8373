import type { IDataObject } from 'n8n-workflow';
import type { FieldSpec } from '../descriptions/spec';

/** A field value error: names the field and the fix. */
export class InputError extends Error {}

/**
 * Errors are thrown as plain values here and shaped for n8n in one place: runPerItem
 * (shared/items.ts) turns them into NodeOperationError / NodeApiError with the item index.
 */
export function inputError(message: string): InputError {
	return new InputError(message);
}

/** `YYYY-MM-DD` from an n8n date value (the date the user picked, no zone shift). */
export function toScoroDate(value: unknown, field: string): string {
	const text = String(value ?? '').trim();
	const match = /^(\d{4}-\d{2}-\d{2})/.exec(text);
	if (!match) throw inputError(`${field}: "${text}" is not a date; use YYYY-MM-DD`);
	return match[1];
}

/**
 * `YYYY-MM-DD HH:mm:ss` for modified-date filters. A value with a zone is converted to UTC
 * (contract.ts: Scoro's timestamps are taken as UTC); a value without one is used as given.
 */
export function toScoroDateTime(value: unknown, field: string): string {
	const text = String(value ?? '').trim();
	if (/[zZ]$|[+-]\d{2}:?\d{2}$/.test(text)) {
		const ms = Date.parse(text);
		if (Number.isNaN(ms)) throw inputError(`${field}: "${text}" is not a date-time`);
		return new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
	}
	const match = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::(\d{2}))?)?/.exec(text);
	if (!match) throw inputError(`${field}: "${text}" is not a date-time; use YYYY-MM-DD HH:mm:ss`);
	return `${match[1]} ${match[2] ?? '00:00'}:${match[3] ?? '00'}`;
}

function asNumber(value: unknown, field: string): number {
	const n = typeof value === 'number' ? value : Number(String(value).trim());
	if (!Number.isFinite(n) || String(value).trim() === '') throw inputError(`${field}: "${String(value)}" is not a number`);
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
	if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw inputError(`${what}: must be a JSON object`);
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
	if (values.json !== undefined) Object.assign(out, parseJsonObject(values.json, `${where}Other Fields (JSON)`));
	return out;
}
