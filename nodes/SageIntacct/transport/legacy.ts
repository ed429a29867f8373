import { LEGACY_SCHEMA } from './legacySchema.generated';
import type { XmlNode, XmlValue } from './xml';
import { InputError } from '../../shared/validate';
import { strictUsDate } from '../helpers/values';

/**
 * Legacy functions (create_invoice, create_bill, ...) take lowercase elements in a FIXED order
 * (reference 3.1). Records may arrive from the UI or a previous node with keys in any order; this
 * orders them per Sage's schema, turns ISO dates into year/month/day, and rejects unknown or missing
 * elements with a message that names the field and what is allowed.
 */
export class LegacyShapeError extends InputError {
	constructor(message: string, field: string) {
		// An input error like any other: the write path fills in the item ("Item 3: ...").
		super(message, field);
		this.name = 'LegacyShapeError';
	}
}

const isDateElement = (name: string) => {
	const c = LEGACY_SCHEMA[name]?.children;
	return !!c && c.length === 3 && c[0] === 'year' && c[1] === 'month' && c[2] === 'day';
};

function scalar(value: unknown): string {
	if (typeof value === 'boolean') return value ? 'true' : 'false';
	return String(value);
}

function toDate(value: unknown, path: string): XmlNode {
	if (value && typeof value === 'object') return value as XmlNode;
	const text = String(value);
	// Fast path for plain YYYY-MM-DD (luxon parsing costs ~0.2 ms a date, noticeable over thousands of items).
	const plain = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (plain) {
		const [, y, m, d] = plain;
		const check = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
		if (
			check.getUTCFullYear() === Number(y) &&
			check.getUTCMonth() === Number(m) - 1 &&
			check.getUTCDate() === Number(d)
		) {
			return { year: y, month: m, day: d };
		}
	}
	// Strict (luxon): "2026", "2026-02-30" or "02/30/2026" are refused, never shifted.
	const [month, day, year] = strictUsDate(text, path).split('/');
	return { year, month, day };
}

export function legacyElement(name: string, input: unknown, path = name): XmlValue {
	if (input === undefined || input === null || input === '') return undefined;
	if (isDateElement(name)) return toDate(input, path);
	const schema = LEGACY_SCHEMA[name];
	if (!schema || schema.children.length === 0) {
		if (typeof input === 'object') {
			throw new LegacyShapeError(
				`${path}: expected a single value, got ${Array.isArray(input) ? 'a list' : 'an object'}.`,
				path,
			);
		}
		return scalar(input);
	}
	if (typeof input !== 'object' || Array.isArray(input)) {
		throw new LegacyShapeError(
			`${path}: expected an object with ${schema.children.slice(0, 6).join(', ')}${schema.children.length > 6 ? ', ...' : ''}.`,
			path,
		);
	}
	const record = input as Record<string, unknown>;
	for (const key of Object.keys(record)) {
		if (!schema.children.includes(key) && !schema.attributes.includes(key) && !key.startsWith('@_')) {
			throw new LegacyShapeError(
				`${path}.${key}: "${key}" is not an element of <${name}>. Allowed: ${schema.children.join(', ')}.`,
				`${path}.${key}`,
			);
		}
	}
	const out: XmlNode = {};
	for (const attr of schema.attributes) {
		const v = record[attr] ?? record[`@_${attr}`];
		if (v !== undefined && v !== null && v !== '') out[`@_${attr}`] = scalar(v);
	}
	for (const child of schema.children) {
		const value = record[child];
		if (value === undefined || value === null || value === '') {
			if (schema.required.includes(child)) {
				throw new LegacyShapeError(`${path}.${child} is required by Sage Intacct's ${name}.`, `${path}.${child}`);
			}
			continue;
		}
		if (schema.repeated.includes(child) || Array.isArray(value)) {
			const list = Array.isArray(value) ? value : [value];
			if (list.length === 0 && schema.required.includes(child)) {
				throw new LegacyShapeError(`${path}.${child} needs at least one entry.`, `${path}.${child}`);
			}
			out[child] = list.map((v, i) => legacyElement(child, v, `${path}.${child}[${i}]`));
		} else {
			out[child] = legacyElement(child, value, `${path}.${child}`);
		}
	}
	return out;
}

/** `{ create_invoice: {...ordered...} }`, ready to be a function body. */
export function legacyFunction(name: string, record: Record<string, unknown>): XmlNode {
	if (!LEGACY_SCHEMA[name]) throw new LegacyShapeError(`"${name}" is not a legacy function this node supports.`, name);
	return { [name]: legacyElement(name, record) ?? {} };
}
