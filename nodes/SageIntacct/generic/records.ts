import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { listLimit, runPerItem } from '../../shared/items';
import { entityOption, returnAllOrLimit } from '../descriptions/common';
import { writeFields } from '../descriptions/write';
import type { IntacctClient } from '../transport/client';
import { LegacyShapeError } from '../transport/legacy';
import { entityChoice, findInScope, readInScope, readScopeOption } from '../helpers/entity';
import { buildQuery } from '../helpers/query';
import { executeWrites, recordFromInput } from '../helpers/write';
import { strictUsDate } from '../helpers/values';

/**
 * Get, Get Many and Delete for one Intacct object by RECORDNO (generic `read`, `readByQuery`,
 * `delete`; reference §3.2-3.3). Operation files call these with their object and filters, so a
 * resource's read operations stay one short file each.
 */

/** Owned line arrays come back as one object when there is one line; always make them lists. */
export function normalizeLines(record: IDataObject, containers: Record<string, string>): IDataObject {
	const out = { ...record };
	for (const [container, item] of Object.entries(containers)) {
		const value = out[container];
		if (value === undefined) continue;
		const inner = value && typeof value === 'object' ? (value as IDataObject)[item] : undefined;
		out[container] = inner === undefined ? [] : Array.isArray(inner) ? inner : [inner];
	}
	return out;
}

export function recordNoField(resource: string, operations: string[], description: string): INodeProperties {
	return {
		displayName: 'Record Number',
		name: 'recordNo',
		type: 'string',
		required: true,
		default: '',
		placeholder: '1234',
		description,
		displayOptions: { show: { resource: [resource], operation: operations } },
	};
}

export function getDescription(resource: string, label: string): INodeProperties[] {
	return [
		recordNoField(resource, ['get'], `RECORDNO of the ${label} to get`),
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			displayOptions: { show: { resource: [resource], operation: ['get'] } },
			options: [
				entityOption,
				readScopeOption,
				{
					displayName: 'Fields',
					name: 'fields',
					type: 'string',
					default: '*',
					description: 'Comma-separated field names to return, or * for all (lines are returned with *)',
				},
			],
		},
	];
}

/**
 * One record means one record: the key of a Get, Update or Delete of one record must be exactly one
 * value. Intacct's `keys` takes a comma-separated list, so `3,4` (or an expression giving [5,6,7])
 * would address several records; lists, arrays and commas (and whitespace in a RECORDNO) are an item
 * error naming the field.
 */
export function singleKey(raw: unknown, field: string, kind: 'recordNo' | 'id', label: string): string {
	const what = kind === 'recordNo' ? `the RECORDNO of one ${label}` : `the ID of one ${label}`;
	if (Array.isArray(raw) || (raw !== null && typeof raw === 'object')) {
		throw new LegacyShapeError(
			`${field}: got ${Array.isArray(raw) ? `a list (${raw.length} values)` : 'an object'}; give ${what}. To act on several records, use one input item per record.`,
			field,
		);
	}
	const text = String(raw ?? '').trim();
	if (!text) throw new LegacyShapeError(`${field} is empty: give ${what}.`, field);
	// Commas separate Intacct's keys; IDs may hold spaces (contact names, tax detail IDs), record numbers may not.
	if (text.includes(',') || /^\[.*\]$/s.test(text) || (kind === 'recordNo' && /[;\s]/.test(text))) {
		throw new LegacyShapeError(
			`${field} "${text}" is a list of values; give ${what}. To act on several records, use one input item per record.`,
			field,
		);
	}
	if (kind === 'recordNo' && !/^\d+$/.test(text)) {
		throw new LegacyShapeError(`${field} "${text}" is not a record number: give ${what} (an integer).`, field);
	}
	return text;
}

/**
 * Look-up for a delete whose answer was lost or replayed: the delete happened when the record is
 * gone (then it reports it deleted), not when it is still there (undefined).
 */
export function deletedLookup(object: string, recordNo: string, entity?: string) {
	return async (client: IntacctClient): Promise<IDataObject | undefined> => {
		const result = await client.runOne(
			{ controlId: `read-${object}-${recordNo}`, body: { read: { object, keys: recordNo, fields: 'RECORDNO' } } },
			{ entity, readOnly: true },
		);
		return result.records.length === 0 ? { RECORDNO: recordNo, deleted: true } : undefined;
	};
}

/** Get: generic `read` by RECORDNO; a key that matches nothing is an item error that names it. */
export async function executeGet(
	ctx: IExecuteFunctions,
	client: IntacctClient,
	object: string,
	lines: Record<string, string> = {},
	extra: (i: number) => IDataObject = () => ({}),
): Promise<INodeExecutionData[]> {
	return await runPerItem(ctx, async (i) => {
		const recordNo = singleKey(ctx.getNodeParameter('recordNo', i), 'Record Number', 'recordNo', `${object} record`);
		const options = ctx.getNodeParameter('options', i, {}) as IDataObject;
		// Reference §1.7: at the top level, a record private to an entity is found in its entity's session.
		const records = await findInScope(ctx, client, options, async (entity) => {
			const result = await client.runOne(
				{
					controlId: `read-${object}-${i}`,
					body: { read: { object, keys: recordNo, fields: (options.fields as string) || '*', ...extra(i) } },
				},
				{ entity, readOnly: true },
			);
			return result.records.length ? result.records : undefined;
		});
		if (!records) {
			throw new LegacyShapeError(
				`No ${object} with RECORDNO ${recordNo} was found${options.entityScope === 'topOnly' ? ' among the shared records (Entities Read at Top Level: Top Level Only)' : ' (or it belongs to an entity this session cannot read)'}.`,
				'recordNo',
			);
		}
		return records.map((r) => normalizeLines(r as IDataObject, lines));
	});
}

export interface FilterSpec {
	/** The filter's name in the UI collection. */
	name: string;
	displayName: string;
	/** The readByQuery field it compares with =. */
	field: string;
	description?: string;
	options?: Array<{ name: string; value: string }>;
	placeholder?: string;
}

function filterProperty(f: FilterSpec): INodeProperties {
	const property: INodeProperties = {
		displayName: f.displayName,
		name: f.name,
		type: 'string',
		default: '',
		placeholder: f.placeholder,
		description: f.description,
	};
	if (f.options) Object.assign(property, { type: 'options', options: f.options, default: f.options[0].value });
	return property;
}

export function getAllDescription(resource: string, label: string, filters: FilterSpec[]): INodeProperties[] {
	const show = { resource: [resource], operation: ['getAll'] };
	return [
		...returnAllOrLimit(resource, 'getAll'),
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			displayOptions: { show },
			options: (
				[
					...filters.map(filterProperty),
					{
						displayName: 'Modified Since',
						name: 'modifiedSince',
						type: 'dateTime',
						default: '',
						description: `Only ${label}s whose WHENMODIFIED is at or after this time (company time, no time zone)`,
					},
					{
						displayName: 'Query',
						name: 'query',
						type: 'string',
						default: '',
						placeholder: 'TOTALDUE > 0',
						description: 'A raw readByQuery condition, combined with the other filters by AND',
					},
				] as INodeProperties[]
			).sort((a, b) => a.displayName.localeCompare(b.displayName)),
		},
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			displayOptions: { show },
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
}

/** Get Many: readByQuery + readMore (pages of up to 1000), Return All or Limit. */
export async function executeGetAll(
	ctx: IExecuteFunctions,
	client: IntacctClient,
	object: string,
	filters: FilterSpec[],
): Promise<INodeExecutionData[]> {
	return await runPerItem(ctx, async (i) => {
		const values = ctx.getNodeParameter('filters', i, {}) as IDataObject;
		const options = ctx.getNodeParameter('options', i, {}) as IDataObject;
		const equals: Record<string, string> = {};
		for (const f of filters) {
			const v = values[f.name];
			if (v !== undefined && v !== '') equals[f.field] = String(v);
		}
		const query = buildQuery({
			equals,
			modifiedSince: (values.modifiedSince as string) || undefined,
			raw: values.query as string | undefined,
		});
		const limit = listLimit(ctx, i);
		// Reference §1.7: at the top level, entity-private records are read in each entity's session.
		return await readInScope(
			ctx,
			client,
			options,
			(options.fields as string) || '*',
			async (entity, fields) => await client.readByQuery({ object, query, fields, limit, entity }),
			limit,
		);
	});
}

export function deleteDescription(resource: string, label: string): INodeProperties[] {
	return [
		...writeFields(resource, ['delete']),
		{
			...recordNoField(resource, ['delete'], `RECORDNO of the ${label} to delete`),
			displayOptions: { show: { resource: [resource], operation: ['delete'], recordSource: ['fields'] } },
		},
	];
}

/** Delete: generic `delete` by RECORDNO through the write path (key, preview, batching). */
export async function executeDelete(
	ctx: IExecuteFunctions,
	client: IntacctClient,
	object: string,
): Promise<INodeExecutionData[]> {
	return await executeWrites(ctx, client, (i) => {
		const record = recordFromInput(ctx, i, () => ({ RECORDNO: ctx.getNodeParameter('recordNo', i) }));
		const recordNo = singleKey(record.RECORDNO ?? record.recordno, 'RECORDNO', 'recordNo', `${object} to delete`);
		const options = ctx.getNodeParameter('writeOptions', i, {}) as IDataObject;
		return {
			body: { delete: { object, keys: recordNo } },
			output: () => ({ RECORDNO: recordNo, deleted: true }),
			// A lost or replayed delete is confirmed by reading the record: gone = deleted.
			lookup: deletedLookup(object, recordNo, entityChoice(options.entity)),
		};
	});
}

/** ISO or mm/dd/yyyy → mm/dd/yyyy, the date format of generic functions (reference §3.6). */
export function usDate(value: unknown, field: string): string | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	// Strict (a real calendar date): 2026-02-30 is refused, never shifted or passed on.
	return strictUsDate(value, field);
}

/** Currency amounts are rounded to 2 decimals before sending (reference §3.6). */
export function money(value: unknown, field: string): string | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	// Plain decimal text only: Number() would also take "0x10", "1e3" or " ".
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
	// Half away from zero, so a credit of -0.005 rounds like a debit of 0.005.
	return ((Math.sign(n) * Math.round((Math.abs(n) + Number.EPSILON) * 100)) / 100).toFixed(2);
}

/** Drops empty strings/undefined so optional UI fields are not sent. */
export function compact(record: IDataObject): IDataObject {
	const out: IDataObject = {};
	for (const [k, v] of Object.entries(record)) if (v !== undefined && v !== null && v !== '') out[k] = v;
	return out;
}
