import type { Fields, StoredRecord } from '../../core/store';
import { ERR, IntacctError, type IntacctErrorEntry } from '../errors';
import { findObject, projectRecord, visibleAt, type IntacctObjectDef } from '../objects';
import { asArray, childNames, childText, isObject, textOf, x, type XmlObject, type XmlValue, type XNode } from '../xml';
import { AR_ERR, failWith, findBy } from './arCommon';
import type { IntacctFunctionContext, IntacctFunctionHandler } from './types';

/**
 * Generic functions (notes §3.1, §3.2): create, update, delete, read, readByName. Object elements
 * are UPPERCASE, field order is free, one call may carry several objects. What an object accepts on
 * create/update is its WriteSpec; objects without one are read-only here. Other modules (e.g. the
 * receivables objects) plug their own writers in with `registerGenericWriter`.
 */

export interface LineSpec {
	/** e.g. APBILLITEMS */
	container: string;
	/** e.g. APBILLITEM */
	item: string;
	/** Store collection of the lines, e.g. APBILLITEM. */
	collection: string;
	/** Field of the line that holds the parent's RECORDNO. */
	parentField: string;
	min: number;
}

export interface WriteSpec {
	label: string;
	/** Required on create (after flattening). */
	required: string[];
	/** Sub-elements flattened into the record (CUSTOMER/VENDOR DISPLAYCONTACT, MAILADDRESS). */
	flatten?: string[];
	/** Business ID generated when absent (document sequencing; ASSUMED on for parties). */
	autoId?: (ctx: IntacctFunctionContext) => string;
	/** Update may name the record by its ID field instead of RECORDNO (documented for CUSTOMER, PROJECT). */
	updateById?: boolean;
	lines?: LineSpec;
	/** `field: [collection, idField, what]` references that must exist. */
	refs?: Record<string, [string, string, string]>;
	/** Business rules; throw with failWith. `lines` is undefined when the request did not send any. */
	validate?: (
		ctx: IntacctFunctionContext,
		fields: Fields,
		lines: Fields[] | undefined,
		verb: 'create' | 'update',
		existing?: StoredRecord,
	) => void;
	/** Computed fields (totals, names) after validation. */
	derive?: (
		ctx: IntacctFunctionContext,
		fields: Fields,
		lines: Fields[] | undefined,
		existing?: StoredRecord,
	) => Fields;
	/** Accepted beyond the object's fields and stored (e.g. address lines, tax IDs). */
	accepts?: string[];
	/** Accepted but not stored (e.g. ACTION, which becomes STATE). */
	writeOnly?: string[];
	/** Duplicate business ID error (default BL34000061, notes §2.4). */
	duplicate?: (id: string) => IntacctErrorEntry;
}

export type GenericWriter = (
	ctx: IntacctFunctionContext,
	object: string,
	element: XmlValue,
	verb: 'create' | 'update',
) => XNode;

const WRITE_SPECS: Record<string, WriteSpec> = {};
const CUSTOM_WRITERS: Record<string, { create?: GenericWriter; update?: GenericWriter }> = {};

export function registerWriteSpec(object: string, spec: WriteSpec): void {
	WRITE_SPECS[object] = spec;
}

/** Lets another module own create/update of an object entirely (e.g. ARPYMT). */
export function registerGenericWriter(
	object: string,
	writer: { create?: GenericWriter; update?: GenericWriter },
): void {
	CUSTOM_WRITERS[object] = writer;
}

/** Notes §2.4: "Another <object> with the given value(s) ... already exists". */
export const duplicateError = (label: string, id: string): IntacctErrorEntry => ({
	errorno: 'BL34000061',
	description: '',
	description2: `Another ${label} with the given value(s) ${id} already exists`,
	correction: 'Use a unique value instead.',
});

function invalid(description2: string, correction = ''): never {
	throw new IntacctError(ERR.invalidArgument(description2, correction));
}

/** An element's leaves as fields; nested elements listed in `flatten` are merged in. */
function readFields(
	def: IntacctObjectDef,
	spec: WriteSpec,
	el: XmlObject,
	verb: 'create' | 'update',
): { fields: Fields; lines?: Fields[] } {
	const fields: Fields = {};
	let lines: Fields[] | undefined;
	const known = new Set([...def.fields.map(([f]) => f), ...(spec.accepts ?? []), ...(spec.writeOnly ?? [])]);
	const put = (name: string, value: XmlValue, path: string) => {
		if (spec.flatten?.includes(name)) {
			if (!isObject(value)) invalid(`${path} must contain elements.`);
			for (const k of childNames(value)) put(k, (value as XmlObject)[k]!, `${path}.${k}`);
			return;
		}
		if (spec.lines && name === spec.lines.container) {
			const items = isObject(value) ? asArray((value as XmlObject)[spec.lines.item]) : [];
			lines = items.map((item, i) => {
				if (!isObject(item)) invalid(`${path}.${spec.lines!.item}[${i}] must contain elements.`);
				const lineDef = findObject(spec.lines!.collection)!;
				const lineKnown = new Set(lineDef.fields.map(([f]) => f));
				const line: Fields = {};
				for (const k of childNames(item)) {
					if (!lineKnown.has(k) && !k.startsWith('GLDIM') && k !== 'TAXENTRIES') {
						failWith(
							verb,
							spec.label,
							AR_ERR.rule(
								`${spec.lines!.item} has no field ${k}.`,
								`Remove ${k} or use one of ${[...lineKnown].join(', ')}.`,
							),
						);
					}
					const v = (item as XmlObject)[k]!;
					line[k] = isObject(v) || Array.isArray(v) ? (JSON.parse(JSON.stringify(v)) as Fields) : (textOf(v) ?? '');
				}
				return line;
			});
			return;
		}
		if (Array.isArray(value) || isObject(value)) {
			const t = textOf(value);
			if (t === undefined)
				invalid(`${path}: unexpected nested element on ${def.name}.`, `Send ${name} as a plain value.`);
			fields[name] = t;
			return;
		}
		// ASSUMED: unknown fields are rejected by name (custom fields would have to be defined first).
		if (!known.has(name) && !name.startsWith('GLDIM')) {
			failWith(
				verb,
				spec.label,
				AR_ERR.rule(`${def.name} has no field ${name}.`, `Remove ${name} or define it as a custom field.`),
			);
		}
		fields[name] = value;
	};
	for (const name of childNames(el)) put(name, el[name]!, `${def.name}.${name}`);
	return { fields, lines };
}

function checkRefs(
	ctx: IntacctFunctionContext,
	spec: WriteSpec,
	fields: Fields,
	verb: 'create' | 'update',
	where: string,
) {
	for (const [field, [collection, idField, what]] of Object.entries(spec.refs ?? {})) {
		const v = String(fields[field] ?? '').trim();
		if (!v) continue;
		const ok =
			findBy(ctx, collection, idField, v) ??
			(collection === 'LOCATION' ? findBy(ctx, 'LOCATIONENTITY', 'LOCATIONID', v) : undefined);
		if (!ok) failWith(verb, spec.label, AR_ERR.invalidReference(what, v, `${where}${field}`));
	}
}

function visible(ctx: IntacctFunctionContext, def: IntacctObjectDef, r: StoredRecord): boolean {
	const loc = ctx.identity.locationid;
	if (!loc || !def.entityField) return true;
	const owner = r.fields[def.entityField];
	return owner === '' || owner === null || owner === undefined || owner === loc;
}

function findExisting(
	ctx: IntacctFunctionContext,
	def: IntacctObjectDef,
	spec: WriteSpec,
	fields: Fields,
): StoredRecord {
	const recordNo = String(fields.RECORDNO ?? '').trim();
	const id = def.idField ? String(fields[def.idField] ?? '').trim() : '';
	let existing: StoredRecord | undefined;
	if (recordNo) existing = ctx.sys.store.get(def.collection, recordNo);
	else if (id && spec.updateById) existing = findBy(ctx, def.collection, def.idField!, id);
	else {
		failWith(
			'update',
			spec.label,
			AR_ERR.required(spec.updateById ? `RECORDNO or ${def.idField}` : 'RECORDNO', def.name),
		);
	}
	if (!existing || !visible(ctx, def, existing))
		failWith('update', spec.label, AR_ERR.notFound(def.name, recordNo || id));
	return existing;
}

function writeLines(ctx: IntacctFunctionContext, spec: WriteSpec, parentId: string, lines: Fields[]) {
	const ls = spec.lines!;
	for (const old of ctx.sys.store.list(ls.collection).filter((l) => String(l.fields[ls.parentField]) === parentId)) {
		ctx.sys.store.delete(ls.collection, old.id);
	}
	lines.forEach((line, i) =>
		ctx.sys.store.insert(ls.collection, { ...line, [ls.parentField]: parentId, LINE_NO: String(i + 1) }),
	);
}

/** Writes one object element with its spec; returns the `<object>` result node (notes §2.2). */
function writeOne(ctx: IntacctFunctionContext, objectName: string, el: XmlValue, verb: 'create' | 'update'): XNode {
	const custom = CUSTOM_WRITERS[objectName]?.[verb];
	if (custom) return custom(ctx, objectName, el, verb);
	const def = findObject(objectName);
	const spec = WRITE_SPECS[objectName];
	// ASSUMED: wording for objects the sandbox simulates read-only or not at all.
	if (!def) invalid(`Object '${objectName}' is not supported by the sandbox.`);
	if (!spec)
		invalid(`${verb} of ${def.name} is not supported by the sandbox.`, 'The sandbox simulates this object read-only.');
	if (!isObject(el)) failWith(verb, spec.label, AR_ERR.rule(`${def.name} must contain fields.`));
	const { fields, lines } = readFields(def, spec, el, verb);
	const store = ctx.sys.store;

	if (verb === 'create') {
		if (def.idField && !String(fields[def.idField] ?? '').trim() && spec.autoId) fields[def.idField] = spec.autoId(ctx);
		for (const r of spec.required) {
			if (String(fields[r] ?? '').trim() === '') failWith('create', spec.label, AR_ERR.required(r, def.name));
		}
		if (spec.lines && (lines?.length ?? 0) < spec.lines.min) {
			failWith(
				'create',
				spec.label,
				AR_ERR.rule(`${spec.lines.container} needs at least ${spec.lines.min} ${spec.lines.item}.`),
			);
		}
		const id = def.idField ? String(fields[def.idField] ?? '').trim() : '';
		if (id && findBy(ctx, def.collection, def.idField!, id)) {
			throw new IntacctError(
				(spec.duplicate ?? ((v) => duplicateError(spec.label, v)))(id),
				AR_ERR.couldNot('create', spec.label),
			);
		}
		checkRefs(ctx, spec, fields, 'create', '');
		lines?.forEach((l, i) => checkRefs(ctx, spec, l, 'create', `${spec.lines!.item}[${i + 1}].`));
		spec.validate?.(ctx, fields, lines, 'create');
		Object.assign(fields, spec.derive?.(ctx, fields, lines) ?? {});
		if (def.entityField && fields[def.entityField] === undefined) fields[def.entityField] = ctx.identity.locationid;
		if (fields.STATUS === undefined && def.fields.some(([f]) => f === 'STATUS')) fields.STATUS = 'active';
		delete fields.RECORDNO;
		for (const w of spec.writeOnly ?? []) delete fields[w];
		const record = store.insert(def.collection, fields);
		if (spec.lines && lines) writeLines(ctx, spec, record.id, lines);
		return resultObject(def, record);
	}

	const existing = findExisting(ctx, def, spec, fields);
	delete fields.RECORDNO;
	if (
		def.idField &&
		fields[def.idField] !== undefined &&
		String(fields[def.idField]) !== String(existing.fields[def.idField] ?? '')
	) {
		if (findBy(ctx, def.collection, def.idField, String(fields[def.idField]))) {
			throw new IntacctError(
				duplicateError(spec.label, String(fields[def.idField])),
				AR_ERR.couldNot('update', spec.label),
			);
		}
	}
	checkRefs(ctx, spec, fields, 'update', '');
	lines?.forEach((l, i) => checkRefs(ctx, spec, l, 'update', `${spec.lines!.item}[${i + 1}].`));
	spec.validate?.(ctx, fields, lines, 'update', existing);
	Object.assign(fields, spec.derive?.(ctx, { ...existing.fields, ...fields }, lines, existing) ?? {});
	for (const w of spec.writeOnly ?? []) delete fields[w];
	const record = store.update(def.collection, existing.id, fields);
	// Notes §3.2: owned line arrays are replaced in full.
	if (spec.lines && lines) writeLines(ctx, spec, record.id, lines);
	return resultObject(def, record);
}

function resultObject(def: IntacctObjectDef, record: StoredRecord): XNode {
	// Notes §2.2: the created object comes back in lower case with its keys.
	return x(def.name.toLowerCase(), [
		x('RECORDNO', record.id),
		...(def.idField && def.idField !== 'RECORDNO' ? [x(def.idField, String(record.fields[def.idField] ?? ''))] : []),
	]);
}

function writeAll(verb: 'create' | 'update'): IntacctFunctionHandler {
	return (ctx, element) => {
		if (!isObject(element) || childNames(element).length === 0) invalid(`${verb} needs at least one object element.`);
		const results: XNode[] = [];
		for (const name of childNames(element)) {
			for (const el of asArray((element as XmlObject)[name])) results.push(writeOne(ctx, name.toUpperCase(), el, verb));
		}
		return { data: x('data', results, { listtype: 'objects', count: results.length }) };
	};
}

export const create = writeAll('create');
export const update = writeAll('update');

/** delete: object + comma-separated RECORDNOs (notes §3.2). */
export const deleteFn: IntacctFunctionHandler = (ctx, element) => {
	const object = (childText(element, 'object') ?? '').trim().toUpperCase();
	const keys = (childText(element, 'keys') ?? '')
		.split(',')
		.map((k) => k.trim())
		.filter(Boolean);
	const def = findObject(object);
	if (!def) invalid(`Object '${object}' is not supported by the sandbox.`);
	const spec = WRITE_SPECS[def.name];
	const label = spec?.label ?? def.name;
	if (!spec && !CUSTOM_WRITERS[def.name]) invalid(`delete of ${def.name} is not supported by the sandbox.`);
	if (keys.length === 0) failWith('delete', label, AR_ERR.required('keys', 'delete'));
	for (const k of keys) {
		const r = ctx.sys.store.get(def.collection, k);
		if (!r || !visible(ctx, def, r)) failWith('delete', label, AR_ERR.notFound(def.name, k));
	}
	for (const k of keys) {
		ctx.sys.store.delete(def.collection, k);
		if (spec?.lines) {
			for (const l of ctx.sys.store
				.list(spec.lines.collection)
				.filter((l) => String(l.fields[spec.lines!.parentField]) === k)) {
				ctx.sys.store.delete(spec.lines.collection, l.id);
			}
		}
	}
	return {
		data: x(
			'data',
			keys.map((k) => x(def.name.toLowerCase(), [x('RECORDNO', k)])),
			{ listtype: 'objects', count: keys.length },
		),
	};
};

/**
 * A line field as Intacct returns it: structured values written on create (TAXENTRIES/TAXENTRY...)
 * come back as nested elements, not as their JSON text.
 */
function storedNode(name: string, stored: unknown, text: string): XNode {
	if (!stored || typeof stored !== 'object' || Array.isArray(stored)) return x(name, text);
	const scalar = (v: unknown) => (v === null || v === undefined || typeof v === 'object' ? '' : String(v));
	return x(
		name,
		Object.entries(stored as Record<string, unknown>).flatMap(([k, c]) =>
			(Array.isArray(c) ? c : [c]).map((one) => storedNode(k, one, scalar(one))),
		),
	);
}

/** Record as read/readByName show it: fields, plus owned lines nested (e.g. APBILLITEMS). */
export function fullRecordNode(
	ctx: IntacctFunctionContext,
	def: IntacctObjectDef,
	r: StoredRecord,
	fields?: string[],
): XNode {
	const row = projectRecord(def, r);
	const picked = fields ? fields.map((f) => [f, row[f] ?? ''] as const) : Object.entries(row);
	const children: XNode[] = picked.map(([k, v]) => x(k, v));
	const spec = WRITE_SPECS[def.name];
	if (spec?.lines && !fields) {
		const lineDef = findObject(spec.lines.collection)!;
		const lines = ctx.sys.store
			.list(spec.lines.collection)
			.filter((l) => String(l.fields[spec.lines!.parentField]) === r.id)
			.sort((a, b) => Number(a.id) - Number(b.id));
		children.push(
			x(
				spec.lines.container,
				lines.map((l) =>
					x(
						spec.lines!.item,
						Object.entries(projectRecord(lineDef, l)).map(([k, v]) => storedNode(k, l.fields[k], v)),
					),
				),
			),
		);
	}
	return x(def.name, children);
}

function readHandler(byName: boolean): IntacctFunctionHandler {
	return (ctx, element) => {
		const object = (childText(element, 'object') ?? '').trim().toUpperCase();
		const def = findObject(object);
		if (!def) invalid(`Object '${object}' is not supported by the sandbox.`);
		const format = (childText(element, 'returnFormat') ?? 'xml').trim().toLowerCase() || 'xml';
		if (format !== 'xml') invalid(`returnFormat '${format}' is not supported by the sandbox.`, 'Use xml.');
		const keys = (childText(element, 'keys') ?? '')
			.split(',')
			.map((k) => k.trim())
			.filter(Boolean);
		// Notes §3.2: the SDK caps keys at 100. ASSUMED: the gateway enforces the same.
		if (keys.length > 100) invalid('keys may list at most 100 keys.');
		const rawFields = (childText(element, 'fields') ?? '*').trim() || '*';
		const fields =
			rawFields === '*'
				? undefined
				: rawFields
						.split(',')
						.map((f) => f.trim())
						.filter(Boolean);
		const idField = byName ? def.idField : undefined;
		if (byName && !idField) invalid(`readByName is not available for ${def.name}.`);
		const found: StoredRecord[] = [];
		for (const k of keys) {
			const r = idField ? findBy(ctx, def.collection, idField, k) : ctx.sys.store.get(def.collection, k);
			// ASSUMED: keys that match nothing are left out silently.
			// Notes §1.7: reads at the top level do not see entity-private records.
			if (r && visibleAt(def, r, ctx.identity.locationid)) found.push(r);
		}
		return {
			data: x(
				'data',
				found.map((r) => fullRecordNode(ctx, def, r, fields)),
				{ listtype: def.name, count: found.length },
			),
		};
	};
}

export const read = readHandler(false);
export const readByName = readHandler(true);
