import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { parseMappingTables, tablesFromJson, TABLE_LABELS, type MappingTables, type TableName } from './tables';

/**
 * Where the mapping tables come from: the node's own fields (fixedCollection rows plus the
 * settings collection, expressions resolved per item), or one JSON value, typically an expression reading an input field that a
 * sheet or an n8n data table filled. Both go through the same zod validation.
 */
export function tablesFromUi(rows: IDataObject, settings: IDataObject): unknown {
	const tables: Record<string, unknown> = {};
	for (const name of Object.keys(TABLE_LABELS) as TableName[]) {
		const entries = (rows[name] ?? []) as IDataObject[];
		tables[name] = entries.map((r) =>
			Object.fromEntries(Object.entries(r).filter(([, v]) => v !== '' && v !== undefined)),
		);
	}
	tables.settings = settings;
	return tables;
}

/** The validated tables for one item, parsed once per distinct value (UI rows may differ per item through expressions). */
export function readMappingTables(
	ctx: IExecuteFunctions,
	itemIndex: number,
	cache: Map<string, MappingTables>,
): MappingTables {
	const mode = ctx.getNodeParameter('mappingSource', itemIndex, 'ui') as string;
	if (mode === 'json') {
		const raw = tablesFromJson(ctx.getNodeParameter('mappingJson', itemIndex, '{}'));
		const cacheKey = `json:${JSON.stringify(raw)}`;
		let tables = cache.get(cacheKey);
		if (!tables) {
			tables = parseMappingTables(raw);
			cache.set(cacheKey, tables);
		}
		return tables;
	}
	// Rows may hold expressions (e.g. a customers row whose target is the record's stored Intacct
	// ID), resolved per item: the cache is keyed by the resolved values, not once per run.
	const rows = ctx.getNodeParameter('mappingTables', itemIndex, {}) as IDataObject;
	const settings = ctx.getNodeParameter('mappingSettings', itemIndex, {}) as IDataObject;
	const cacheKey = `ui:${JSON.stringify(rows)}:${JSON.stringify(settings)}`;
	let tables = cache.get(cacheKey);
	if (!tables) {
		tables = parseMappingTables(tablesFromUi(rows, settings));
		cache.set(cacheKey, tables);
	}
	return tables;
}
