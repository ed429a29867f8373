import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import type { ResourceSpec } from '../generic/spec';
import { dataObject, scoroError, scoroList, scoroRequest } from '../transport';
import { checkRecord, fieldsToScoro, inputError, parseJsonObject } from './body';
import { integerId } from '../../shared/validate';

export function requireId(ctx: IExecuteFunctions, i: number, spec: ResourceSpec): string {
	const raw = ctx.getNodeParameter('id', i, '') as unknown;
	if (raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '')) {
		throw inputError(
			`"${spec.label} ID" is empty: give the ${spec.idField} of the ${spec.label.toLowerCase()} (e.g. from a Get Many)`,
		);
	}
	// Exactly one whole-number ID: `.`, `..`, `3,4`, `[5,6]` or a path would change or widen the call.
	return integerId(raw, `${spec.label} ID`);
}

/** The record to send, from the UI fields or a whole JSON record, plus the lines it carries (if any). */
export function recordFromInput(
	ctx: IExecuteFunctions,
	i: number,
	spec: ResourceSpec,
): { body: IDataObject; lines?: IDataObject[] } {
	const mode = ctx.getNodeParameter('inputMode', i, 'fields') as string;
	let body: IDataObject;
	let lines: IDataObject[] | undefined;
	if (mode === 'record') {
		body = checkRecord({ ...parseJsonObject(ctx.getNodeParameter('record', i, {}), 'Record') }, 'Record');
		if (spec.lines && body[spec.lines.field] !== undefined && body[spec.lines.field] !== null) {
			const raw = body[spec.lines.field];
			if (!Array.isArray(raw)) throw inputError(`Record.${spec.lines.field}: must be an array of line objects`);
			lines = (raw as unknown[]).map((line, n) => {
				if (!line || typeof line !== 'object' || Array.isArray(line))
					throw inputError(`Record.${spec.lines!.field}[${n}]: must be a line object`);
				return checkRecord(line as IDataObject, `Record.${spec.lines!.field}[${n}]`);
			});
		}
		if (spec.lines) delete body[spec.lines.field];
	} else {
		body = fieldsToScoro(ctx.getNodeParameter('fields', i, {}) as IDataObject, spec.fields, '');
		if (spec.lines) {
			const collection = ctx.getNodeParameter('lines', i, {}) as { line?: IDataObject[] };
			const rows = collection.line ?? [];
			if (rows.length)
				lines = rows.map((row, n) => fieldsToScoro(row, spec.lines!.fields, `${spec.lines!.label} ${n + 1}: `));
		}
	}
	return { body, lines };
}

/** Display fields of a line that `view` adds and a modify does not take. */
const LINE_READ_ONLY = [
	'sum',
	'finance_account_symbol',
	'finance_account_name',
	'finance_object_symbol',
	'finance_object_name',
	'project_name',
];

/** The current line collection of a record, as it can be sent back unchanged. */
export async function currentLines(ctx: IExecuteFunctions, spec: ResourceSpec, id: string): Promise<IDataObject[]> {
	const field = spec.lines!.field;
	let record: IDataObject | undefined;
	if (spec.viewThroughList) {
		record = (await scoroList(ctx, spec.module, { filter: { [spec.idField]: Number(id) }, limit: 1 })).find(
			(r) => String(r[spec.idField]) === id,
		);
	} else {
		record = dataObject(
			await scoroRequest(ctx, { module: spec.module, action: 'view', id, idempotent: true }),
			`${spec.module}/view ${id}`,
		);
	}
	if (!record)
		throw scoroError(`Scoro error 404: ${spec.label} ${id} was not found`, '404', `${spec.module} ${id}`, 404);
	const current = record[field];
	if (current !== null && current !== undefined && !Array.isArray(current)) {
		throw scoroError(
			`Scoro error BAD_RESPONSE: ${spec.label} ${id} has ${field} that is not a list`,
			'BAD_RESPONSE',
			`${spec.module} ${id}`,
		);
	}
	return ((current as IDataObject[] | null) ?? []).map((line) => {
		const copy = { ...line };
		for (const key of LINE_READ_ONLY) delete copy[key];
		return copy;
	});
}

/**
 * Scoro answers a modify with the saved record. When lines were sent, the answer must carry as many
 * lines as were sent: anything else means lines were lost or added, and the item fails loudly.
 */
export function checkLinesSaved(
	spec: ResourceSpec,
	saved: IDataObject,
	sent: IDataObject[] | undefined,
	what: string,
): void {
	if (!spec.lines || sent === undefined) return;
	const got = saved[spec.lines.field];
	if (!Array.isArray(got)) return; // Not echoed: nothing to compare (contract: modify returns the record).
	if (got.length !== sent.length) {
		throw scoroError(
			`Scoro error LINES_MISMATCH: ${what} was saved with ${got.length} ${spec.lines.field} but ${sent.length} were sent. Check the record in Scoro.`,
			'LINES_MISMATCH',
			`${spec.module}/modify`,
		);
	}
}
