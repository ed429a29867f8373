import type {
	IDataObject,
	IDisplayOptions,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

type IDisplayShow = NonNullable<IDisplayOptions['show']>;
import { NodeOperationError, jsonParse } from 'n8n-workflow';
import { listLimit, runPerItem, runWrites } from '../../shared/items';
import { apiList, apiRequest, writableBody } from '../transport/client';
import { createRecord } from '../transport/confirm';
import { OBJECT_ID } from '../transport/contract';
import { inputModeFields, recordLocator, returnAllOrLimit, showFor, type LookupKind } from '../descriptions/common';
import { amount, atItem, currencyCode, InputError, requiredText, shown, toIsoDateTime } from '../../shared/validate';

/** What the generic operations need to know about one OfficeRnD collection. */
export interface ResourceSpec {
	/** UI value of the resource, e.g. 'charge'. */
	resource: string;
	/** Singular label, e.g. 'Charge'. */
	label: string;
	listPath: string;
	itemPath: (id: string) => string;
	/** Scope prefix, e.g. 'flex.billing.charges' (named in 401 hints). */
	scope: string;
	/** Parameter name of the record ID, e.g. 'chargeId'. */
	idName: string;
	/** Enables "From List" on the ID locator. */
	lookup?: LookupKind;
}

/** An operation's parameters and execute, as the engine builds them (generic/resource.ts adds its dropdown entry). */
export interface OperationModule {
	properties: INodeProperties[];
	execute: (this: IExecuteFunctions) => Promise<INodeExecutionData[]>;
}

/** A list filter: its UI field and the query parameter it becomes (reference §3.3). */
export interface FilterDef {
	property: INodeProperties;
	/** API field, e.g. 'modifiedAt'. */
	field: string;
	/** '$eq' sends field=value, '$in' sends field[$in]=a,b, the others field[$op]=value. */
	op: '$eq' | '$in' | '$gte' | '$lt';
}

export function dateFilters(field: string, label: string): FilterDef[] {
	return [
		{
			field,
			op: '$gte',
			property: {
				displayName: `${label} After`,
				name: `${field}After`,
				type: 'dateTime',
				default: '',
				description: `Only records whose ${field} is at or after this time`,
			},
		},
		{
			field,
			op: '$lt',
			property: {
				displayName: `${label} Before`,
				name: `${field}Before`,
				type: 'dateTime',
				default: '',
				description: `Only records whose ${field} is before this time`,
			},
		},
	];
}

/** A record ID from a locator parameter, checked before any call so the error names the item and field. */
export function recordId(ctx: IExecuteFunctions, name: string, itemIndex: number, label: string): string {
	const raw = ctx.getNodeParameter(name, itemIndex, '', { extractValue: true }) as unknown;
	// A list (array from an expression, "a,b") is refused by the ID pattern too; name it as such.
	const id = Array.isArray(raw)
		? `[${raw.map(String).join(',')}]`
		: typeof raw === 'object' && raw !== null
			? shown(raw)
			: String(raw ?? '').trim();
	if (!OBJECT_ID.test(id)) {
		throw new NodeOperationError(
			ctx.getNode(),
			`Item ${itemIndex}: ${label} "${shown(id)}" is not an OfficeRnD ID; give exactly one 24-character hexadecimal _id (e.g. 66a0c0ffee0000000000a001)`,
			{
				itemIndex,
				description: `Item ${itemIndex}: "${label}" must be exactly one 24-character hexadecimal _id of a record (e.g. 66a0c0ffee0000000000a001), not a list.`,
			},
		);
	}
	return id;
}

/** UI filters -> v2 query parameters. */
export function filterQuery(filters: IDataObject, defs: FilterDef[]): Record<string, string | string[]> {
	const query: Record<string, string | string[]> = {};
	for (const def of defs) {
		const value = filters[def.property.name];
		if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
		if (def.op === '$eq') query[def.field] = String(value);
		else if (def.op === '$in')
			query[`${def.field}[$in]`] = (Array.isArray(value) ? value : String(value).split(','))
				.map((v) => String(v).trim())
				.filter(Boolean);
		else
			query[`${def.field}[${def.op}]`] =
				def.property.type === 'dateTime' ? toIsoDateTime(value, `Filters: ${def.property.displayName}`) : String(value);
	}
	return query;
}

/** The JSON body of "From JSON" mode: an object, or a JSON string of one. */
export function jsonRecord(ctx: IExecuteFunctions, itemIndex: number): IDataObject {
	const raw = ctx.getNodeParameter('jsonBody', itemIndex, {}) as unknown;
	let value: unknown = raw;
	if (typeof raw === 'string') {
		try {
			value = jsonParse(raw);
		} catch {
			throw new NodeOperationError(
				ctx.getNode(),
				`Item ${itemIndex}: "Record (JSON)" is not valid JSON; fix the JSON (an object such as {"name":"Acme"})`,
				{ itemIndex, description: `Item ${itemIndex}: fix the JSON in "Record (JSON)".` },
			);
		}
	}
	if (!value || typeof value !== 'object' || Array.isArray(value)) {
		throw new NodeOperationError(
			ctx.getNode(),
			`Item ${itemIndex}: "Record (JSON)" must be a JSON object such as {"name":"Acme"}, not ${Array.isArray(value) ? 'a list' : shown(value)}`,
			{ itemIndex },
		);
	}
	return value as IDataObject;
}

/** A JSON-typed UI field as an object; a clear message naming the field when it is not. */
export function jsonField(value: unknown, label: string): IDataObject {
	if (value && typeof value === 'object' && !Array.isArray(value)) return value as IDataObject;
	let parsed: unknown;
	try {
		parsed = JSON.parse(String(value));
	} catch {
		// Pure helper without a node context: runPerItem wraps this into a NodeOperationError with the item index.
		// eslint-disable-next-line @n8n/community-nodes/require-node-api-error
		throw new Error(`"${label}" is not valid JSON; write an object such as {"key":"value"}`);
	}
	if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
		throw new Error(`"${label}" must be a JSON object such as {"key":"value"}`);
	return parsed as IDataObject;
}

/** Body fields that are dates (ISO 8601 UTC on the wire, reference §2), whatever the input mode. */
const DATE_KEYS = ['date', 'dueDate', 'startDate', 'endDate', 'issueDate'];
/** Money fields: plain numbers with at most 2 decimals (OfficeRnD amounts are in minor units of 2). */
const AMOUNT_KEYS = ['amount', 'price', 'unitPrice', 'discountAmount'];

/**
 * A value an expression produced from a field the previous node did not return: `String(undefined)`,
 * `{{ $json.X }}` of a missing X, or a prefix with nothing after it ("ARPYMT:undefined"). Written as
 * an ID it points at nothing and hides the record the sync made (issue 20 case 6), so it is refused.
 */
export function isPlaceholderId(value: unknown): boolean {
	if (value === undefined || value === null) return true;
	if (typeof value === 'object') return true;
	const text = String(value).trim();
	return text === '' || /(^|[:/#])(undefined|null|nan|\[object object\])?$/i.test(text);
}

/**
 * Whether an accounting status's providerId is refused: a status without an error must name its
 * record; one with an error may leave the ID out (nothing reached the accounting system), never fake it.
 */
export function isFakeSyncId(providerId: unknown, error: unknown): boolean {
	const isError = typeof error === 'string' && error.trim() !== '';
	const absent = providerId === undefined || providerId === null || providerId === '';
	return isError ? !absent && isPlaceholderId(providerId) : isPlaceholderId(providerId);
}

/**
 * The IDs a sync writes back (the accounting block's providerId, a charge's provider reference):
 * never "undefined", "null" or empty. An accounting block that reports an error may leave the ID
 * out; a success must name the record.
 */
export function checkSyncIds(body: IDataObject, label: (key: string) => string): void {
	const ref = body.providerChargeReference;
	if (ref !== undefined && ref !== null && ref !== '' && isPlaceholderId(ref)) {
		throw new InputError(
			`"${label('providerChargeReference')}" is "${String(ref)}", not a record ID: the expression that fills it read a field the previous node did not return. Fix: write the charge only when the accounting system returned its record ID (send the item to the failure log otherwise)`,
			label('providerChargeReference'),
		);
	}
	const acc = body.accounting;
	if (!acc || typeof acc !== 'object' || Array.isArray(acc)) return;
	const { providerId, error } = acc as IDataObject;
	const absent = providerId === undefined || providerId === null || providerId === '';
	if (isFakeSyncId(providerId, error)) {
		throw new InputError(
			`"${label('accounting')} › providerId" is ${absent ? 'empty' : `"${String(providerId as string)}"`}, not a record ID: a sync status without an error must name the record it reached. Fix: write it back only when the accounting system returned the record's ID (send the item to the failure log otherwise), or set "error"`,
			`${label('accounting')} › providerId`,
		);
	}
}

/**
 * Every value of a write body is checked before it is sent, in both input modes: dates strictly
 * (2025-02-30 is an error, never March 2nd), currencies against ISO 4217, amounts as plain numbers.
 * `label` names a field as the user sees it (the UI label, or "Record (JSON) › key").
 */
export function checkBody(body: IDataObject, label: (key: string) => string): IDataObject {
	const out: IDataObject = { ...body };
	checkSyncIds(out, label);
	for (const key of DATE_KEYS) {
		if (out[key] !== undefined && out[key] !== null) out[key] = toIsoDateTime(out[key], label(key));
	}
	if (out.currency !== undefined && out.currency !== null) out.currency = currencyCode(out.currency, label('currency'));
	for (const key of AMOUNT_KEYS) {
		if (out[key] !== undefined && out[key] !== null) out[key] = amount(out[key], label(key));
	}
	if (out.quantity !== undefined && out.quantity !== null)
		out.quantity = amount(out.quantity, label('quantity'), { decimals: 4, allowNegative: false });
	if (out.lines !== undefined) {
		if (!Array.isArray(out.lines)) throw new InputError(`"${label('lines')}" must be a list of lines`, label('lines'));
		out.lines = (out.lines as unknown[]).map((line, n) => {
			if (!line || typeof line !== 'object' || Array.isArray(line))
				throw new InputError(`"${label('lines')}" line ${n + 1} must be an object`, label('lines'));
			return checkBody(line as IDataObject, (key) => `${label('lines')} ${n + 1}: ${label(key)}`);
		});
	}
	return out;
}

function labelFor(fields: WriteFields): (key: string) => string {
	const all = [...fields.required, ...fields.optional];
	return (key) => {
		for (const p of all) {
			if (p.name === key) return p.displayName;
			const nested = (p.options ?? []).flatMap((o) => ('values' in o ? o.values : []));
			const hit = nested.find((v) => v.name === key);
			if (hit) return hit.displayName;
		}
		return key;
	};
}

const jsonLabel = (key: string) => `Record (JSON) › ${key}`;

/** Drops empty strings from a UI collection, so unset dropdowns are not sent. */
export function compact(fields: IDataObject): IDataObject {
	const out: IDataObject = {};
	for (const [k, v] of Object.entries(fields)) if (v !== '' && v !== undefined && v !== null) out[k] = v;
	return out;
}

export function getOperation(spec: ResourceSpec): OperationModule {
	const show = showFor(spec.resource, 'get');
	return {
		properties: [recordLocator(spec.idName, `${spec.label} ID`, show, spec.lookup)],
		async execute(this: IExecuteFunctions) {
			return await runPerItem(this, async (i) => {
				const id = recordId(this, spec.idName, i, `${spec.label} ID`);
				return [await apiRequest(this, { method: 'GET', path: spec.itemPath(id), scope: `${spec.scope}.read` })];
			});
		},
	};
}

export function getManyOperation(
	spec: ResourceSpec,
	filters: FilterDef[],
	extra: INodeProperties[] = [],
): OperationModule {
	const show = showFor(spec.resource, 'getAll');
	const description: INodeProperties[] = [...returnAllOrLimit(show)];
	if (filters.length) {
		description.push({
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			displayOptions: { show },
			options: filters.map((f) => f.property).sort((a, b) => a.displayName.localeCompare(b.displayName)),
		});
	}
	description.push({
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: { show },
		options: [
			{
				displayName: 'Fields',
				name: 'select',
				type: 'string',
				default: '',
				placeholder: 'name,email',
				description: 'Comma-separated fields to return ($select); _ID always comes back. Empty returns whole records.',
			},
			{
				displayName: 'Sort',
				name: 'sort',
				type: 'options',
				options: [
					{ name: 'Created (Newest First)', value: '{"createdAt":"desc"}' },
					{ name: 'Created (Oldest First)', value: '{"createdAt":"asc"}' },
					{ name: 'Default', value: '' },
					{ name: 'Modified (Newest First)', value: '{"modifiedAt":"desc"}' },
					{ name: 'Modified (Oldest First)', value: '{"modifiedAt":"asc"}' },
				],
				default: '',
			},
			...extra,
		],
	});
	return {
		properties: description,
		async execute(this: IExecuteFunctions) {
			return await runPerItem(this, async (i) => {
				const f = this.getNodeParameter('filters', i, {}) as IDataObject;
				const options = this.getNodeParameter('options', i, {}) as IDataObject;
				const query: Record<string, string | string[]> = { ...atItem(i, () => filterQuery(f, filters)) };
				if (options.select) query.$select = String(options.select);
				if (options.sort) query.$sort = String(options.sort);
				return await apiList(this, spec.listPath, query, listLimit(this, i), `${spec.scope}.read`);
			});
		},
	};
}

export interface WriteFields {
	/** Fields shown (and required) in "Define Below" mode on create. */
	required: INodeProperties[];
	/** Optional fields of create ("Additional Fields") and update ("Update Fields"). */
	optional: INodeProperties[];
	/** Turns the UI values into the API body (e.g. a fixedCollection into lines). */
	toBody?: (fields: IDataObject) => IDataObject;
}

function withShow(properties: INodeProperties[], show: IDisplayShow): INodeProperties[] {
	return properties.map((p) => ({ ...p, displayOptions: { show } }));
}

/** Idempotent create: find the record a previous run already created, and return it instead. */
export interface CreateGuard {
	/** UI options shown under "Options" (e.g. what to match on). */
	options: INodeProperties[];
	findExisting: (ctx: IExecuteFunctions, itemIndex: number, body: IDataObject) => Promise<IDataObject | undefined>;
}

export function createOperation(spec: ResourceSpec, fields: WriteFields, guard?: CreateGuard): OperationModule {
	const show = showFor(spec.resource, 'create');
	const guardOptions: INodeProperties[] = guard
		? [
				{
					displayName: 'Options',
					name: 'options',
					type: 'collection',
					placeholder: 'Add Option',
					default: {},
					displayOptions: { show },
					options: guard.options,
				},
			]
		: [];
	return {
		properties: [
			...inputModeFields(show),
			...withShow(
				fields.required.map((p) => ({ ...p, required: true })),
				{ ...show, inputMode: ['fields'] },
			),
			{
				displayName: 'Additional Fields',
				name: 'additionalFields',
				type: 'collection',
				placeholder: 'Add Field',
				default: {},
				displayOptions: { show: { ...show, inputMode: ['fields'] } },
				options: fields.optional,
			},
			...guardOptions,
		],
		async execute(this: IExecuteFunctions) {
			return await runWrites(this, async (i) => {
				let body: IDataObject;
				if (this.getNodeParameter('inputMode', i, 'fields') === 'json') {
					body = atItem(i, () => checkBody(writableBody(jsonRecord(this, i)), jsonLabel));
				} else {
					const values: IDataObject = {};
					for (const p of fields.required) values[p.name] = this.getNodeParameter(p.name, i) as IDataObject[string];
					Object.assign(values, compact(this.getNodeParameter('additionalFields', i, {}) as IDataObject));
					body = atItem(i, () => {
						// Required text fields (Name, Billing Document ID, ...) must be filled in; n8n does not enforce it.
						for (const p of fields.required) if (p.type === 'string') requiredText(values[p.name], p.displayName);
						return checkBody(fields.toBody ? fields.toBody(values) : values, labelFor(fields));
					});
				}
				const existing = guard ? await guard.findExisting(this, i, body) : undefined;
				if (existing) return [existing];
				// A lost answer is confirmed by the record's key before anything is sent again (transport/confirm.ts).
				return [await createRecord(this, spec.listPath, body, spec.scope)];
			});
		},
	};
}

export function updateOperation(spec: ResourceSpec, fields: WriteFields): OperationModule {
	const show = showFor(spec.resource, 'update');
	return {
		properties: [
			recordLocator(spec.idName, `${spec.label} ID`, show, spec.lookup),
			...inputModeFields(show),
			{
				displayName: 'Update Fields',
				name: 'updateFields',
				type: 'collection',
				placeholder: 'Add Field',
				default: {},
				displayOptions: { show: { ...show, inputMode: ['fields'] } },
				options: [...fields.required, ...fields.optional].sort((a, b) => a.displayName.localeCompare(b.displayName)),
			},
		],
		async execute(this: IExecuteFunctions) {
			return await runWrites(this, async (i) => {
				const id = recordId(this, spec.idName, i, `${spec.label} ID`);
				let body: IDataObject;
				if (this.getNodeParameter('inputMode', i, 'fields') === 'json') {
					body = atItem(i, () => checkBody(writableBody(jsonRecord(this, i)), jsonLabel));
				} else {
					const values = compact(this.getNodeParameter('updateFields', i, {}) as IDataObject);
					body = atItem(i, () => checkBody(fields.toBody ? fields.toBody(values) : values, labelFor(fields)));
				}
				if (Object.keys(body).length === 0) {
					throw new NodeOperationError(this.getNode(), `Nothing to update on ${spec.label} ${id}`, {
						itemIndex: i,
						description: 'Add at least one field under "Update Fields", or send a record in JSON.',
					});
				}
				return [
					await apiRequest(this, { method: 'PUT', path: spec.itemPath(id), body, scope: `${spec.scope}.update` }),
				];
			});
		},
	};
}

export function deleteOperation(spec: ResourceSpec): OperationModule {
	const show = showFor(spec.resource, 'delete');
	return {
		properties: [recordLocator(spec.idName, `${spec.label} ID`, show, spec.lookup)],
		async execute(this: IExecuteFunctions) {
			return await runWrites(this, async (i) => {
				const id = recordId(this, spec.idName, i, `${spec.label} ID`);
				const deleted = await apiRequest(this, {
					method: 'DELETE',
					path: spec.itemPath(id),
					scope: `${spec.scope}.delete`,
				});
				// Reference §2.2: DELETE returns the deleted record; fall back to its id when the body is empty.
				return [
					deleted && typeof deleted === 'object' && Object.keys(deleted).length ? deleted : { _id: id, deleted: true },
				];
			});
		},
	};
}
