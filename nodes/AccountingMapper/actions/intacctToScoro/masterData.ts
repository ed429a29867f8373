import type { IDataObject } from 'n8n-workflow';
import type { Converted } from '../../helpers/convert';
import type { MappingTables } from '../../mappings/tables';
import type { SourceRef } from '../../model/schemas';

/** A Scoro master-data write: update the linked record (documentLinks) or create a new one. */
export function masterWrite(tables: MappingTables, source: SourceRef, module: string, record: IDataObject): Converted {
	const existing = tables.documentLinks.find((r) => r.source === source.id)?.target ?? null;
	return { source, targetSystem: 'scoro', target: `${module}.modify`, record, extra: { scoroId: existing } };
}
