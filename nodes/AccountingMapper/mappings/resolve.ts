import { MappingError, type RecordRef } from '../model/errors';
import type { MappingTables, TableName } from './tables';

type Row<T extends TableName> = MappingTables[T][number];

/**
 * Lookups against the mapping tables for one record. A missing row is a MappingError naming the
 * record, the field, the value and the table; there is no fallback row and no guessed default.
 */
export class Lookup {
	constructor(
		readonly tables: MappingTables,
		readonly record: RecordRef,
	) {}

	get settings(): MappingTables['settings'] {
		return this.tables.settings;
	}

	/** The row whose source equals value. */
	row<T extends TableName>(table: T, field: string, value: string | undefined, hint?: string): Row<T> {
		const v = value ?? '';
		const found = (this.tables[table] as Array<Row<T>>).find((r) => r.source === v);
		if (!found) throw new MappingError(this.record, field, v, table, hint);
		return found;
	}

	/** Like row(), but the row must also have the named column filled in. */
	value<T extends TableName, K extends keyof Row<T> & string>(
		table: T,
		column: K,
		field: string,
		value: string | undefined,
	): NonNullable<Row<T>[K]> {
		const found = this.row(table, field, value, `with column "${column}"`);
		const v = found[column];
		if (v === undefined || v === null || v === '') {
			throw new MappingError(
				this.record,
				field,
				value ?? '',
				table,
				`the row exists but its column "${column}" is empty`,
			);
		}
		return v as NonNullable<Row<T>[K]>;
	}

	/** Reverse lookup: the row whose column equals value (target system back to source). */
	reverse<T extends TableName>(
		table: T,
		column: keyof Row<T> & string,
		field: string,
		value: string | undefined,
	): Row<T> {
		const v = value ?? '';
		const found = (this.tables[table] as Array<Row<T>>).find((r) => (r as Record<string, unknown>)[column] === v);
		if (!found) {
			throw new MappingError(
				this.record,
				field,
				v,
				table,
				`no row has ${column} "${v}"; add one and fill in its source`,
			);
		}
		return found;
	}

	/** Optional lookup, for tables that refine but are not required (e.g. status rules). */
	maybe<T extends TableName>(table: T, value: string | undefined): Row<T> | undefined {
		return (this.tables[table] as Array<Row<T>>).find((r) => r.source === (value ?? ''));
	}
}

/** "GLDIMFUND=F1; GLDIMREGION=WEST" -> [['GLDIMFUND','F1'], ['GLDIMREGION','WEST']] */
export function parseUdds(text: string | undefined): Array<[string, string]> {
	if (!text) return [];
	return text
		.split(/[;\n]/)
		.map((pair) => pair.trim())
		.filter(Boolean)
		.map((pair) => {
			const at = pair.indexOf('=');
			if (at <= 0) throw new Error(`Mapping table "dimensions": UDD "${pair}" must be written NAME=value`);
			return [pair.slice(0, at).trim(), pair.slice(at + 1).trim()] as [string, string];
		});
}
