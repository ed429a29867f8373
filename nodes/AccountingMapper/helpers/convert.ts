import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { idempotencyKey } from '../../shared/idempotency';
import { toNodeError } from '../../shared/errors';
import { errorItem } from '../../shared/items';
import { redactObject } from '../../shared/redact';
import { DataError, MappingError } from '../model/errors';
import { InputError } from '../../shared/validate';
import type { SourceRef } from '../model/schemas';
import type { MappingTables } from '../mappings/tables';
import { readMappingTables } from '../mappings/source';

/** One converted record, ready for the target connector's write operation. */
export interface Converted {
	source: SourceRef;
	targetSystem: 'intacct' | 'officernd' | 'scoro' | 'released';
	/** Legacy function, generic object, or the target's resource/action. */
	target: string;
	record: IDataObject;
	entity?: string;
	total?: string;
	currency?: string;
	/** Distinguishes several writes from one record (e.g. one per allocation). */
	keySuffix?: string;
	extra?: IDataObject;
}

export type Convert = (this: IExecuteFunctions, itemIndex: number, tables: MappingTables) => Converted[];

export function keyOf(c: Pick<Converted, 'source' | 'keySuffix'>): string {
	const id = c.keySuffix ? `${c.source.id}.${c.keySuffix}` : c.source.id;
	return idempotencyKey(c.source.system, `${c.source.type}.${id}`, c.source.version);
}

export function mappedJson(c: Converted): IDataObject {
	return {
		idempotencyKey: keyOf(c),
		targetSystem: c.targetSystem,
		target: c.target,
		...(c.entity ? { entity: c.entity } : {}),
		record: c.record,
		source: { ...c.source },
		...(c.total !== undefined ? { total: c.total, currency: c.currency } : {}),
		...(c.extra ?? {}),
	};
}

export function needsMappingJson(error: MappingError, itemIndex: number, input?: IDataObject): IDataObject {
	const r = error.record;
	return {
		...(r.version
			? {
					idempotencyKey: keyOf({
						source: { system: r.system as SourceRef['system'], type: r.type, id: r.id, version: r.version },
					}),
				}
			: {}),
		error: error.message,
		record: { ...error.record },
		field: error.field,
		value: error.value,
		table: error.table,
		itemIndex,
		// The source record as it came in, so the error path can log it and replay it once mapped.
		...(input ? { input: redactObject(input) } : {}),
	};
}

/**
 * The per-item loop of every conversion: mapped records go to output 0, records with an unmapped
 * code to output 1 ("Needs mapping"), other errors stop the run or, with Continue, become error
 * items (n8n's error output when the user chose it).
 */
export async function runConversion(ctx: IExecuteFunctions, convert: Convert): Promise<INodeExecutionData[][]> {
	const mapped: INodeExecutionData[] = [];
	const needsMapping: INodeExecutionData[] = [];
	const count = ctx.getInputData().length;
	const cache = new Map<string, MappingTables>();
	for (let i = 0; i < count; i++) {
		try {
			const tables = readMappingTables(ctx, i, cache);
			for (const c of convert.call(ctx, i, tables)) mapped.push({ json: mappedJson(c), pairedItem: { item: i } });
		} catch (error) {
			if (error instanceof MappingError) {
				needsMapping.push({ json: needsMappingJson(error, i, ctx.getInputData()[i]?.json), pairedItem: { item: i } });
				continue;
			}
			// A record that cannot be converted names its item too ("Item 1: officernd invoice ..., field date: ...").
			if ((error instanceof DataError || error instanceof InputError) && !error.message.startsWith('Item '))
				error.message = `Item ${i}: ${error.message}`;
			if (ctx.continueOnFail()) {
				mapped.push(errorItem(error, i, ctx.getNode()));
				continue;
			}
			throw toNodeError(ctx.getNode(), error, i);
		}
	}
	return [mapped, needsMapping];
}

/** The input item's JSON: the source record, whole. */
export function inputRecord(ctx: IExecuteFunctions, itemIndex: number): IDataObject {
	return ctx.getInputData()[itemIndex]!.json;
}
