import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
	INodePropertyOptions,
	IDisplayOptions,
} from 'n8n-workflow';
import { listLimit, runPerItem } from '../../shared/items';
import { entityOption, returnAllOrLimit } from '../descriptions/common';
import { writeFields } from '../descriptions/write';
import { strictUsDate } from '../helpers/values';
import { entityChoice, findInScope, otherSessions, readInScope, readScopeOption } from '../helpers/entity';
import { buildQuery } from '../helpers/query';
import { deletedLookup, singleKey } from './records';
import { executeWrites, recordFromInput, type WritePlan } from '../helpers/write';
import type { IntacctClient } from '../transport/client';
import { LegacyShapeError } from '../transport/legacy';
import type { IntacctResult } from '../transport/response';
import type { XmlNode } from '../transport/xml';

/**
 * The generic-function operations (create, update, upsert, delete, get, get many) every object
 * resource shares, built from one ObjectSpec per resource. A resource names the ones it offers in
 * its actions/<resource>/index.ts (intacctResource, generic/resource.ts); only an operation with
 * logic of its own has an <op>.operation.ts. Generic functions take UPPERCASE elements in any order
 * (reference 3.1) and dates as mm/dd/yyyy (3.6).
 */

export interface FieldSpec {
	/** n8n parameter name. */
	name: string;
	/** Intacct element path, e.g. `DISPLAYCONTACT.MAILADDRESS.CITY`. */
	path: string;
	title: string;
	kind: 'string' | 'number' | 'boolean' | 'dateTime' | 'options';
	options?: INodePropertyOptions[];
	/** A loadOptions method: the field becomes a dropdown loaded from Intacct. */
	loadOptionsMethod?: string;
	/** Required on create: a top-level parameter instead of an additional field. */
	required?: boolean;
	default?: string | number | boolean;
	description?: string;
	placeholder?: string;
	/** Round to 2 decimals (reference 3.6). */
	money?: boolean;
	/** 0 means "not set" (n8n fills number defaults in line collections). */
	omitZero?: boolean;
	/** Sent only when this other field (by parameter name) has a value, e.g. a tax amount needs a tax detail. */
	requires?: string;
}

export interface ObjectSpec {
	resource: string;
	/** Intacct object, e.g. VENDOR. */
	object: string;
	/** Singular, lower case, for texts: "vendor". */
	label: string;
	/** Business ID field, e.g. VENDORID. */
	idField: string;
	idLabel: string;
	/** The ID may be left empty on create (document sequencing numbers it). */
	autoNumbered?: boolean;
	/** `update` accepts the ID field instead of RECORDNO (documented for CUSTOMER, PROJECT). */
	updateById?: boolean;
	/** Create fields: required ones are top-level parameters, the rest "Additional Fields". */
	fields: FieldSpec[];
	/** Owned lines, e.g. APBILLITEMS/APBILLITEM. */
	lines?: { container: string; item: string; title: string; fields: FieldSpec[]; min?: number };
	/** Equality filters offered by Get Many, beyond status / modified since / query. */
	filters?: FieldSpec[];
	hasStatus?: boolean;
	/** listSearch method for the ID parameter (resource locator). */
	searchMethod?: string;
	/** Fills defaults the API needs (e.g. DISPLAYCONTACT.PRINTAS from NAME). */
	completeCreate?: (record: IDataObject) => void;
	/** Fields that identify the record for upsert and for replay look-ups (default: the ID field). */
	naturalKey?: string[];
	/** readByName is not documented for the object: Get by ID queries the RECORDNO, then reads. */
	noReadByName?: boolean;
	/** The object has no business ID: records are addressed by RECORDNO only. */
	recordNoOnly?: boolean;
}

const show = (
	spec: ObjectSpec,
	operation: string | string[],
	extra: IDisplayOptions['show'] = {},
): IDisplayOptions => ({
	show: { resource: [spec.resource], operation: Array.isArray(operation) ? operation : [operation], ...extra },
});

/* ------------------------------------------------------------------ values */

/** Generic functions take dates as mm/dd/yyyy (reference 3.6). */
export function toUsDate(value: unknown, field: string): string {
	// Strict (a real calendar date): 2026-02-30 or "2026" are refused, never shifted or passed on.
	return strictUsDate(value, field);
}

export function roundMoney(value: unknown, field: string): string {
	// Plain decimal text only: Number() would also take "0x10", "1e3" or "".
	const n =
		typeof value === 'number'
			? value
			: /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(String(value).trim())
				? Number(String(value).trim())
				: NaN;
	if (!Number.isFinite(n))
		throw new LegacyShapeError(
			`${field}: "${String(value)}" is not an amount; write a plain number such as 1000.50 (no thousands separators or currency signs).`,
			field,
		);
	return (Math.round((n + Number.EPSILON) * 100) / 100).toFixed(2);
}

function setPath(target: IDataObject, path: string, value: unknown) {
	const parts = path.split('.');
	let node = target;
	for (const p of parts.slice(0, -1)) node = (node[p] ??= {}) as IDataObject;
	node[parts[parts.length - 1]] = value as IDataObject[string];
}

function convert(field: FieldSpec, value: unknown, where: string): unknown {
	if (value === undefined || value === null || value === '') return undefined;
	if (field.kind === 'dateTime') return toUsDate(value, where);
	if (field.money) return roundMoney(value, where);
	if (typeof value === 'boolean') return value ? 'true' : 'false';
	return value;
}

/** UI values (by parameter name) -> an Intacct record (by element path). */
export function recordFromValues(fields: FieldSpec[], values: IDataObject, where = ''): IDataObject {
	const record: IDataObject = {};
	const empty = (v: unknown) => v === undefined || v === null || v === '';
	for (const f of fields) {
		if (f.omitZero && (values[f.name] === 0 || values[f.name] === '0')) continue;
		if (f.requires && empty(values[f.requires])) continue;
		const v = convert(f, values[f.name], `${where}${f.path}`);
		if (v !== undefined) setPath(record, f.path, v);
	}
	return record;
}

/** Custom fields: plain elements named by field ID (reference 3.2). */
function customFields(ctx: IExecuteFunctions, i: number): IDataObject {
	const list = ((ctx.getNodeParameter('customFields', i, {}) as IDataObject).field ?? []) as IDataObject[];
	const out: IDataObject = {};
	for (const f of list) {
		const name = String(f.name ?? '').trim();
		if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name))
			throw new LegacyShapeError(`Custom field name "${name}" is not a valid Intacct field ID.`, 'customFields');
		out[name] = f.value as IDataObject[string];
	}
	return out;
}

/** Dates and amounts of a whole record from the input, converted like the UI fields. */
function normalizeRecord(spec: ObjectSpec, record: IDataObject): IDataObject {
	const out: IDataObject = { ...record };
	for (const f of spec.fields) {
		if (f.path.includes('.')) continue;
		if (out[f.path] !== undefined && out[f.path] !== '' && (f.kind === 'dateTime' || f.money))
			out[f.path] = convert(f, out[f.path], f.path) as string;
	}
	if (spec.lines) {
		const container = out[spec.lines.container] as IDataObject | undefined;
		const items = container?.[spec.lines.item];
		if (items !== undefined) {
			const list = (Array.isArray(items) ? items : [items]) as IDataObject[];
			container![spec.lines.item] = list.map((line, n) => {
				const l = { ...line };
				for (const f of spec.lines!.fields) {
					if (
						!f.path.includes('.') &&
						l[f.path] !== undefined &&
						l[f.path] !== '' &&
						(f.kind === 'dateTime' || f.money)
					) {
						l[f.path] = convert(f, l[f.path], `${spec.lines!.item}[${n + 1}].${f.path}`) as string;
					}
				}
				return l;
			});
		}
	}
	return out;
}

/* ------------------------------------------------------------------ descriptions */

function property(f: FieldSpec, displayOptions?: IDisplayOptions): INodeProperties {
	const base: INodeProperties = {
		displayName: f.loadOptionsMethod ? `${f.title} Name or ID` : f.title,
		name: f.name,
		type: f.loadOptionsMethod ? 'options' : f.kind,
		default: f.default ?? (f.kind === 'number' ? 0 : f.kind === 'boolean' ? false : ''),
		...(f.placeholder ? { placeholder: f.placeholder } : {}),
		...(displayOptions ? { displayOptions } : {}),
	};
	if (f.loadOptionsMethod) {
		base.typeOptions = { loadOptionsMethod: f.loadOptionsMethod };
		base.description = `${f.description ? `${f.description}. ` : ''}Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`;
	} else if (f.description) {
		base.description = f.description;
	}
	if (f.options) base.options = f.options;
	if (f.kind === 'number' && f.money) base.typeOptions = { ...(base.typeOptions ?? {}), numberPrecision: 2 };
	return base;
}

const sortByName = (list: INodeProperties[]) => [...list].sort((a, b) => a.displayName.localeCompare(b.displayName));

function customFieldsProperty(
	spec: ObjectSpec,
	operations: string[],
	extra: IDisplayOptions['show'] = {},
): INodeProperties {
	return {
		displayName: 'Custom Fields',
		name: 'customFields',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add Custom Field',
		default: {},
		description: 'Custom fields and user-defined dimensions (GLDIM...), sent as elements named by field ID',
		displayOptions: show(spec, operations, extra),
		options: [
			{
				displayName: 'Field',
				name: 'field',
				values: [
					{ displayName: 'Field ID', name: 'name', type: 'string', default: '', placeholder: 'GLDIMLINE_OF_BUSINESS' },
					{ displayName: 'Value', name: 'value', type: 'string', default: '' },
				],
			},
		],
	};
}

function linesProperty(spec: ObjectSpec, operations: string[], extra: IDisplayOptions['show'] = {}): INodeProperties[] {
	if (!spec.lines) return [];
	return [
		{
			displayName: spec.lines.title,
			name: 'lines',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Line',
			default: {},
			displayOptions: show(spec, operations, extra),
			options: [{ displayName: 'Line', name: 'line', values: sortByName(spec.lines.fields.map((f) => property(f))) }],
		},
	];
}

/** "Record Number or ID" of an existing record: a resource locator when the object has a search. */
function keyProperties(spec: ObjectSpec, operations: string[]): INodeProperties[] {
	const idProperty: INodeProperties = spec.searchMethod
		? {
				displayName: spec.idLabel,
				name: 'recordId',
				type: 'resourceLocator',
				default: { mode: 'list', value: '' },
				required: true,
				displayOptions: show(spec, operations, { lookupBy: ['id'] }),
				modes: [
					{
						displayName: 'From List',
						name: 'list',
						type: 'list',
						typeOptions: { searchListMethod: spec.searchMethod, searchable: true },
					},
					{ displayName: 'By ID', name: 'id', type: 'string', placeholder: 'e.g. V-0001' },
				],
			}
		: {
				displayName: spec.idLabel,
				name: 'recordId',
				type: 'string',
				default: '',
				required: true,
				displayOptions: show(spec, operations, { lookupBy: ['id'] }),
			};
	const recordNoProperty: INodeProperties = {
		displayName: 'Record Number',
		name: 'recordNo',
		type: 'string',
		default: '',
		required: true,
		displayOptions: show(spec, operations, spec.recordNoOnly ? {} : { lookupBy: ['recordNo'] }),
	};
	if (spec.recordNoOnly) return [recordNoProperty];
	return [
		{
			displayName: 'Look Up By',
			name: 'lookupBy',
			type: 'options',
			options: [
				{ name: spec.idLabel, value: 'id' },
				{ name: 'Record Number (RECORDNO)', value: 'recordNo' },
			],
			default: 'id',
			displayOptions: show(spec, operations),
		},
		idProperty,
		recordNoProperty,
	];
}

function keyFrom(ctx: IExecuteFunctions, i: number, spec: ObjectSpec): { by: 'id' | 'recordNo'; value: string } {
	const by = spec.recordNoOnly ? 'recordNo' : (ctx.getNodeParameter('lookupBy', i, 'id') as 'id' | 'recordNo');
	const raw =
		by === 'id'
			? ctx.getNodeParameter('recordId', i, '', { extractValue: true })
			: ctx.getNodeParameter('recordNo', i, '');
	// One record means one record: `3,4` or [5,6,7] would reach several through Intacct's `keys` list.
	const value = singleKey(raw, by === 'id' ? `${spec.idField} (ID)` : 'Record Number (RECORDNO)', by, spec.label);
	return { by, value };
}

/* ------------------------------------------------------------------ lookups */

/** RECORDNO (and the record) of the record with this business ID, or undefined. */
export async function findById(
	client: IntacctClient,
	spec: ObjectSpec,
	id: string,
	entity?: string,
	fields = '*',
): Promise<IDataObject | undefined> {
	const [record] = await client.readByQuery({
		object: spec.object,
		query: buildQuery({ equals: { [spec.idField]: id } }),
		fields,
		limit: 1,
		entity,
	});
	return record as IDataObject | undefined;
}

/** Records with the item's natural key: up to two, so a confirm step can tell "one" from "ambiguous". */
async function matchNaturalKey(
	client: IntacctClient,
	spec: ObjectSpec,
	record: IDataObject,
	entity?: string,
): Promise<IDataObject[]> {
	const keys = spec.naturalKey ?? [spec.idField];
	const equals: Record<string, string> = {};
	for (const k of keys) {
		const v = record[k];
		if (v === undefined || v === null || v === '') return [];
		equals[k] = String(v);
	}
	return (await client.readByQuery({
		object: spec.object,
		query: buildQuery({ equals }),
		limit: 2,
		entity,
	})) as IDataObject[];
}

async function findByNaturalKey(
	client: IntacctClient,
	spec: ObjectSpec,
	record: IDataObject,
	entity?: string,
): Promise<IDataObject | undefined> {
	const [found, second] = await matchNaturalKey(client, spec, record, entity);
	if (second) {
		const key = (spec.naturalKey ?? [spec.idField]).map((k) => `${k} "${String(record[k])}"`).join(', ');
		throw new LegacyShapeError(
			`Two ${spec.label} records have ${key} (RECORDNO ${String(found.RECORDNO)} and ${String(second.RECORDNO)}): say which one to update by its RECORDNO.`,
			(spec.naturalKey ?? [spec.idField])[0],
		);
	}
	return found;
}

const writeEntity = (ctx: IExecuteFunctions, i: number) =>
	entityChoice((ctx.getNodeParameter('writeOptions', i, {}) as IDataObject).entity);

/* ------------------------------------------------------------------ create */

export function createOperation(spec: ObjectSpec, operation = 'create') {
	// Upsert needs the natural key to find the record, so those fields are required there.
	const keys = operation === 'upsert' ? (spec.naturalKey ?? [spec.idField]) : [];
	const isRequired = (f: FieldSpec) => f.required || keys.includes(f.path);
	const required = spec.fields.filter(isRequired);
	const optional = spec.fields.filter((f) => !isRequired(f));
	const fieldsMode = { recordSource: ['fields'] };
	const description: INodeProperties[] = [
		...writeFields(spec.resource, [operation]),
		...required.map((f) => ({ ...property(f, show(spec, operation, fieldsMode)), required: true })),
		...linesProperty(spec, [operation], fieldsMode),
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			displayOptions: show(spec, operation, fieldsMode),
			options: sortByName(optional.map((f) => property(f))),
		},
		customFieldsProperty(spec, [operation], fieldsMode),
	];

	const fromFields = (ctx: IExecuteFunctions, i: number): IDataObject => {
		const values: IDataObject = { ...(ctx.getNodeParameter('additionalFields', i, {}) as IDataObject) };
		for (const f of required) values[f.name] = ctx.getNodeParameter(f.name, i);
		const record = { ...recordFromValues(spec.fields, values), ...customFields(ctx, i) };
		if (spec.lines) {
			const lines = ((ctx.getNodeParameter('lines', i, {}) as IDataObject).line ?? []) as IDataObject[];
			record[spec.lines.container] = {
				[spec.lines.item]: lines.map((l, n) =>
					recordFromValues(spec.lines!.fields, l, `${spec.lines!.item}[${n + 1}].`),
				),
			};
		}
		return record;
	};

	const build = (ctx: IExecuteFunctions, i: number): IDataObject => {
		const record = normalizeRecord(
			spec,
			recordFromInput(ctx, i, () => fromFields(ctx, i)),
		);
		spec.completeCreate?.(record);
		if (spec.lines) {
			const items = (record[spec.lines.container] as IDataObject | undefined)?.[spec.lines.item];
			const count = Array.isArray(items) ? items.length : items ? 1 : 0;
			if (count < (spec.lines.min ?? 1)) {
				throw new LegacyShapeError(
					`${spec.lines.container} needs at least ${spec.lines.min ?? 1} ${spec.lines.item}: add lines.`,
					spec.lines.container,
				);
			}
		}
		return record;
	};

	async function execute(this: IExecuteFunctions, client: IntacctClient): Promise<INodeExecutionData[]> {
		return await executeWrites(this, client, (i): WritePlan => {
			const record = build(this, i);
			const entity = writeEntity(this, i);
			return {
				body: { create: { [spec.object]: record as XmlNode } },
				lookup: async (c) => await matchNaturalKey(c, spec, record, entity),
			};
		});
	}
	return { description, execute, build };
}

/* ------------------------------------------------------------------ update */

export function updateOperation(spec: ObjectSpec) {
	const operation = 'update';
	const fieldsMode = { recordSource: ['fields'] };
	const description: INodeProperties[] = [
		...writeFields(spec.resource, [operation]),
		...keyProperties(spec, [operation]).map((p) => ({
			...p,
			displayOptions: { show: { ...p.displayOptions!.show, ...fieldsMode } },
		})),
		...linesProperty(spec, [operation], fieldsMode).map((p) => ({
			...p,
			description: 'When given, the lines replace all existing lines (Sage Intacct replaces owned line arrays in full)',
		})),
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			displayOptions: show(spec, operation, fieldsMode),
			options: sortByName(spec.fields.map((f) => property({ ...f, required: false }))),
		},
		customFieldsProperty(spec, [operation], fieldsMode),
	];

	async function execute(this: IExecuteFunctions, client: IntacctClient): Promise<INodeExecutionData[]> {
		return await executeWrites(this, client, async (i): Promise<WritePlan> => {
			const entity = writeEntity(this, i);
			let record: IDataObject;
			if (this.getNodeParameter('recordSource', i, 'fields') === 'json') {
				record = normalizeRecord(
					spec,
					recordFromInput(this, i, () => ({})),
				);
			} else {
				const key = keyFrom(this, i, spec);
				record = {
					...(key.by === 'recordNo' ? { RECORDNO: key.value } : { [spec.idField]: key.value }),
					...recordFromValues(spec.fields, this.getNodeParameter('updateFields', i, {}) as IDataObject),
					...customFields(this, i),
				};
				if (spec.lines) {
					const lines = ((this.getNodeParameter('lines', i, {}) as IDataObject).line ?? []) as IDataObject[];
					if (lines.length) {
						record[spec.lines.container] = {
							[spec.lines.item]: lines.map((l, n) =>
								recordFromValues(spec.lines!.fields, l, `${spec.lines!.item}[${n + 1}].`),
							),
						};
					}
				}
			}
			if (record.RECORDNO !== undefined && record.RECORDNO !== '')
				record.RECORDNO = singleKey(record.RECORDNO, 'RECORDNO', 'recordNo', spec.label);
			else if (record[spec.idField] !== undefined && record[spec.idField] !== '')
				record[spec.idField] = singleKey(record[spec.idField], spec.idField, 'id', spec.label);
			if (!record.RECORDNO) {
				const id = record[spec.idField];
				if (id === undefined || id === '') {
					throw new LegacyShapeError(`To update a ${spec.label}, give its RECORDNO or ${spec.idField}.`, 'RECORDNO');
				}
				if (!spec.updateById) {
					// Intacct documents update by RECORDNO for this object: resolve it from the ID first.
					const found = await findById(client, spec, String(id), entity, 'RECORDNO');
					if (!found)
						throw new LegacyShapeError(
							`No ${spec.label} with ${spec.idField} "${String(id)}" was found to update.`,
							spec.idField,
						);
					record.RECORDNO = found.RECORDNO as string;
					if (!spec.naturalKey || spec.naturalKey.length === 1) delete record[spec.idField];
				}
			}
			// A lost answer is confirmed by reading the record back (helpers/write.ts confirmWrite
			// compares the written fields); the record is named by what the update names it by.
			const recordNo = record.RECORDNO ? String(record.RECORDNO as string) : undefined;
			const id = String((record[spec.idField] ?? '') as string);
			return {
				body: { update: { [spec.object]: record as XmlNode } },
				keyFields: ['RECORDNO', spec.idField],
				lookup: async (c) =>
					recordNo
						? ((
								await c.runOne(
									{
										controlId: `read-${recordNo}`,
										body: { read: { object: spec.object, keys: recordNo, fields: '*' } },
									},
									{ entity, readOnly: true },
								)
							).records[0] as IDataObject | undefined)
						: await findById(c, spec, id, entity),
			};
		});
	}
	return { description, execute };
}

/* ------------------------------------------------------------------ upsert */

export function upsertOperation(spec: ObjectSpec) {
	const create = createOperation(spec, 'upsert');
	const keys = spec.naturalKey ?? [spec.idField];
	const description = create.description;
	async function execute(this: IExecuteFunctions, client: IntacctClient): Promise<INodeExecutionData[]> {
		return await executeWrites(this, client, async (i): Promise<WritePlan> => {
			const record = create.build(this, i);
			const missing = keys.filter((k) => record[k] === undefined || record[k] === '');
			if (missing.length)
				throw new LegacyShapeError(`Upsert needs ${missing.join(' and ')} to find the ${spec.label}.`, missing[0]);
			const entity = writeEntity(this, i);
			const existing = await findByNaturalKey(client, spec, record, entity);
			const lookup = async (c: IntacctClient) => await matchNaturalKey(c, spec, record, entity);
			if (!existing) {
				// Reference §1.7: the write's session does not see records private to another entity, but
				// the ID is unique in the company, so a create would be refused as a duplicate. Say where
				// the record is; do not write in an entity nobody chose.
				for (const other of await otherSessions(this, client, entity)) {
					// A session this user may not open is skipped: Intacct's duplicate error still guards the create.
					const there = await findByNaturalKey(client, spec, record, other.entity).catch(() => undefined);
					if (!there) continue;
					const key = keys.map((k) => `${k} "${String(record[k])}"`).join(', ');
					const own =
						entity === undefined
							? 'the entity of the credential (or the top level)'
							: entity === ''
								? 'the top level'
								: `entity ${entity}`;
					throw new LegacyShapeError(
						`${spec.label} ${key} already exists (RECORDNO ${String(there.RECORDNO ?? '?')}) in ${other.label}, which this item's session (${own}) cannot see, so it can neither be updated here nor created again (Sage Intacct would refuse the duplicate ID). Set Write Options > Entity to ${other.entity === '' ? 'Top Level' : `"${other.entity}"`} for this item to update it there.`,
						keys[0],
					);
				}
				return {
					body: { create: { [spec.object]: record as XmlNode } },
					lookup,
					output: (r) => ({ ...first(r), _action: 'created' }),
				};
			}
			const update: IDataObject = { ...record, RECORDNO: existing.RECORDNO as string };
			return {
				body: { update: { [spec.object]: update as XmlNode } },
				lookup,
				keyFields: keys,
				output: (r) => ({ ...first(r), _action: 'updated' }),
			};
		});
	}
	return { description, execute };
}

const first = (r: IntacctResult) => (r.records[0] ?? {}) as IDataObject;

/* ------------------------------------------------------------------ delete */

export function deleteOperation(spec: ObjectSpec) {
	const description: INodeProperties[] = [
		...keyProperties(spec, ['delete']),
		{
			displayName: 'Idempotency Key',
			name: 'idempotencyKey',
			type: 'string',
			default: '',
			description:
				'Sent as the function control ID with uniqueid=true, so a repeated run does not try the delete twice',
			displayOptions: show(spec, 'delete'),
		},
		{
			displayName: 'Write Options',
			name: 'writeOptions',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			displayOptions: show(spec, 'delete'),
			options: [
				entityOption,
				{
					displayName: 'Preview Only',
					name: 'preview',
					type: 'boolean',
					default: false,
					description: 'Whether to output the request without sending it',
				},
			],
		},
	];
	async function execute(this: IExecuteFunctions, client: IntacctClient): Promise<INodeExecutionData[]> {
		return await executeWrites(this, client, async (i): Promise<WritePlan> => {
			const key = keyFrom(this, i, spec);
			let recordNo = key.value;
			if (key.by === 'id') {
				const found = await findById(client, spec, key.value, writeEntity(this, i), 'RECORDNO');
				if (!found)
					throw new LegacyShapeError(
						`No ${spec.label} with ${spec.idField} "${key.value}" was found to delete.`,
						spec.idField,
					);
				recordNo = String(found.RECORDNO);
			}
			return {
				body: { delete: { object: spec.object, keys: recordNo } },
				output: () => ({
					deleted: true,
					RECORDNO: recordNo,
					...(key.by === 'id' ? { [spec.idField]: key.value } : {}),
				}),
				// A lost or replayed delete is confirmed by reading the record: gone = deleted.
				lookup: async (c) => {
					const gone = await deletedLookup(spec.object, recordNo, writeEntity(this, i))(c);
					return gone && { ...gone, ...(key.by === 'id' ? { [spec.idField]: key.value } : {}) };
				},
			};
		});
	}
	return { description, execute };
}

/* ------------------------------------------------------------------ get */

export function getOperation(spec: ObjectSpec) {
	const description: INodeProperties[] = [
		...keyProperties(spec, ['get']),
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			displayOptions: show(spec, 'get'),
			options: [
				entityOption,
				readScopeOption,
				{
					displayName: 'Fields',
					name: 'fields',
					type: 'string',
					default: '*',
					description: 'Comma-separated field names to return, or * for all',
				},
			],
		},
	];
	async function execute(this: IExecuteFunctions, client: IntacctClient): Promise<INodeExecutionData[]> {
		return await runPerItem(this, async (i) => {
			const key = keyFrom(this, i, spec);
			const options = this.getNodeParameter('options', i, {}) as IDataObject;
			// Reference §1.7: at the top level, a record private to an entity is found in its entity's session.
			const record = await findInScope(this, client, options, async (entity) => {
				let by = key.by;
				let keys = key.value;
				if (by === 'id' && spec.noReadByName) {
					const found = await findById(client, spec, key.value, entity, 'RECORDNO');
					by = 'recordNo';
					keys = found ? String(found.RECORDNO) : '';
				}
				const result = keys
					? await client.runOne(
							{
								controlId: `get-${spec.object}-${i}`,
								body: {
									[by === 'id' ? 'readByName' : 'read']: {
										object: spec.object,
										keys,
										fields: (options.fields as string) || '*',
										returnFormat: 'xml',
									},
								},
							},
							{ entity, readOnly: true },
						)
					: undefined;
				return result?.records[0] as IDataObject | undefined;
			});
			if (!record) {
				throw new LegacyShapeError(
					`No ${spec.label} with ${key.by === 'id' ? `${spec.idField} "${key.value}"` : `RECORDNO ${key.value}`} was found${options.entity ? ' in the chosen entity' : options.entityScope === 'topOnly' ? ' among the shared records (Entities Read at Top Level: Top Level Only)' : ''}.`,
					key.by,
				);
			}
			return [record];
		});
	}
	return { description, execute };
}

/* ------------------------------------------------------------------ get many */

export function getAllOperation(spec: ObjectSpec) {
	const filterOptions: INodeProperties[] = [
		{
			displayName: 'Modified Since',
			name: 'modifiedSince',
			type: 'dateTime',
			default: '',
			description: `Only ${spec.label} records whose WHENMODIFIED is at or after this time (company time, no time zone)`,
		},
		{
			displayName: 'Query',
			name: 'query',
			type: 'string',
			default: '',
			placeholder: "NAME LIKE 'A%'",
			description: 'A raw readByQuery condition, combined with the other filters by AND',
		},
		...(spec.hasStatus
			? [
					{
						displayName: 'Status',
						name: 'status',
						type: 'options' as const,
						options: [
							{ name: 'Active', value: 'active' },
							{ name: 'Inactive', value: 'inactive' },
						],
						default: 'active',
					},
				]
			: []),
		...(spec.filters ?? []).map((f) => property(f)),
	];
	const description: INodeProperties[] = [
		...returnAllOrLimit(spec.resource, 'getAll'),
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			displayOptions: show(spec, 'getAll'),
			options: sortByName(filterOptions),
		},
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			displayOptions: show(spec, 'getAll'),
			options: [
				entityOption,
				readScopeOption,
				{
					displayName: 'Fields',
					name: 'fields',
					type: 'string',
					default: '*',
					description: 'Comma-separated field names to return, or * for all',
				},
			],
		},
	];
	async function execute(this: IExecuteFunctions, client: IntacctClient): Promise<INodeExecutionData[]> {
		return await runPerItem(this, async (i) => {
			const filters = this.getNodeParameter('filters', i, {}) as IDataObject;
			const options = this.getNodeParameter('options', i, {}) as IDataObject;
			const equals: Record<string, string> = {};
			if (spec.hasStatus && filters.status) equals.STATUS = String(filters.status);
			for (const f of spec.filters ?? []) {
				const v = filters[f.name];
				if (v !== undefined && v !== '') equals[f.path] = f.kind === 'dateTime' ? toUsDate(v, f.path) : String(v);
			}
			const query = buildQuery({
				equals,
				modifiedSince: filters.modifiedSince as string | undefined,
				raw: filters.query as string | undefined,
			});
			const limit = listLimit(this, i);
			// Reference §1.7: at the top level, entity-private records are read in each entity's session.
			return await readInScope(
				this,
				client,
				options,
				(options.fields as string) || '*',
				async (entity, fields) => await client.readByQuery({ object: spec.object, query, fields, limit, entity }),
				limit,
			);
		});
	}
	return { description, execute };
}

/* ------------------------------------------------------------------ common field specs */

export const statusField: FieldSpec = {
	name: 'status',
	path: 'STATUS',
	title: 'Status',
	kind: 'options',
	options: [
		{ name: 'Active', value: 'active' },
		{ name: 'Inactive', value: 'inactive' },
	],
	default: 'active',
};

/** The standard dimension fields of a line (generic element names, reference 4). */
export function dimensionFields(names: { location?: string; department?: string } = {}): FieldSpec[] {
	return [
		{
			name: 'locationId',
			path: names.location ?? 'LOCATIONID',
			title: 'Location',
			kind: 'string',
			loadOptionsMethod: 'getLocations',
			description: 'Required on lines in multi-entity companies',
		},
		{
			name: 'departmentId',
			path: names.department ?? 'DEPARTMENTID',
			title: 'Department',
			kind: 'string',
			loadOptionsMethod: 'getDepartments',
		},
		{ name: 'classId', path: 'CLASSID', title: 'Class', kind: 'string', loadOptionsMethod: 'getClasses' },
		{ name: 'projectId', path: 'PROJECTID', title: 'Project ID', kind: 'string' },
		{ name: 'customerId', path: 'CUSTOMERID', title: 'Customer ID', kind: 'string' },
		{ name: 'itemId', path: 'ITEMID', title: 'Item ID', kind: 'string' },
	];
}
