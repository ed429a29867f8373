import type { IDataObject, IExecuteFunctions, INode, INodeExecutionData } from 'n8n-workflow';
import { toNodeError } from './errors';
import { isOutcomeUnknown, stoppedWritesError, type WriteLedger } from './writeOutcome';

/** One output item per record, each linked to the input item it came from. */
export function toItems(records: IDataObject[], itemIndex: number): INodeExecutionData[] {
	return records.map((json) => ({ json, pairedItem: { item: itemIndex } }));
}

/**
 * The error item continueOnFail emits: names the item and keeps the system's own code. Given the
 * node, the item also carries the shaped error itself, which is what n8n looks for to move it to
 * the error output when the user chose "Continue (using error output)".
 */
export function errorItem(error: unknown, itemIndex: number, node?: INode): INodeExecutionData {
	const e = error as { message?: string; description?: string; details?: string; code?: string; context?: IDataObject };
	const code = e?.code ?? e?.context?.errorCode;
	return {
		json: {
			error: e?.message ?? String(error),
			...(e?.details || e?.description ? { errorDetails: e.details ?? e.description } : {}),
			...(code ? { errorCode: code } : {}),
			itemIndex,
		},
		pairedItem: { item: itemIndex },
		...(node ? { error: shapedWithCode(node, error, itemIndex, code) } : {}),
	};
}

/** n8n keeps only the shaped error beside an error item: the system's code (e.g. OUTCOME_UNKNOWN) travels on it. */
function shapedWithCode(node: INode, error: unknown, itemIndex: number, code: unknown) {
	const shaped = toNodeError(node, error, itemIndex);
	if (code && !shaped.context?.errorCode) shaped.context = { ...(shaped.context ?? {}), errorCode: String(code) };
	return shaped;
}

/**
 * The per-item loop every non-batched operation uses: one bad item becomes an error item when
 * the user chose "Continue", otherwise it stops the run naming the item.
 */
export async function runPerItem(
	ctx: IExecuteFunctions,
	handler: (itemIndex: number) => Promise<IDataObject[]>,
): Promise<INodeExecutionData[]> {
	const out: INodeExecutionData[] = [];
	const count = ctx.getInputData().length;
	for (let i = 0; i < count; i++) {
		try {
			out.push(...toItems(await handler(i), i));
		} catch (error) {
			if (ctx.continueOnFail()) {
				// With the node, the item carries the shaped error, so n8n's error output ("On Error:
				// Continue (using error output)") receives it instead of the success output.
				out.push(errorItem(error, i, ctx.getNode()));
				continue;
			}
			throw toNodeError(ctx.getNode(), error, i);
		}
	}
	return out;
}

export interface WriteRunOptions {
	/** The ID the system gave a written record (default: `id`, `_id`, `contact_id`, `project_id`). */
	idOf?: (record: IDataObject) => string | undefined;
}

const ID_FIELDS = ['_id', 'id', 'contact_id', 'project_id', 'RECORDNO'];

function defaultIdOf(record: IDataObject): string | undefined {
	for (const field of ID_FIELDS) {
		const value = record[field];
		if (value !== undefined && value !== null && value !== '') return String(value);
	}
	return undefined;
}

/**
 * The per-item loop of write operations (create, update, delete, state changes). With Continue On
 * Fail on, every item gets its own result, as in runPerItem. With it off, writing stops at the first
 * failure (items are sent one after another, so nothing is in flight) and the error is
 * stoppedWritesError: which items were written with their record IDs, whose outcome is unknown, and
 * which were never sent, so the user knows exactly what to fix and what not to send again.
 */
export async function runWrites(
	ctx: IExecuteFunctions,
	handler: (itemIndex: number) => Promise<IDataObject[]>,
	options: WriteRunOptions = {},
): Promise<INodeExecutionData[]> {
	const idOf = options.idOf ?? defaultIdOf;
	const out: INodeExecutionData[] = [];
	const written: WriteLedger['written'] = [];
	const count = ctx.getInputData().length;
	for (let i = 0; i < count; i++) {
		let records: IDataObject[];
		try {
			records = await handler(i);
		} catch (error) {
			if (ctx.continueOnFail()) {
				out.push(errorItem(error, i, ctx.getNode()));
				continue;
			}
			const notSent = Array.from({ length: count - i - 1 }, (_, n) => i + 1 + n);
			const stopped = stoppedWritesError(ctx.getNode(), i, error, {
				written,
				unknown: isOutcomeUnknown(error) ? [i] : [],
				notSent,
			});
			// Keep the first failure's own explanation (its fix) in front of the ledger.
			const e = error as { description?: unknown; details?: unknown; code?: unknown; context?: IDataObject };
			const own = typeof e?.description === 'string' ? e.description : typeof e?.details === 'string' ? e.details : '';
			if (own)
				stopped.description = `${own}

${stopped.description ?? ''}`;
			const code = e?.context?.errorCode ?? e?.code;
			stopped.context = { ...stopped.context, itemIndex: i, ...(code ? { causeErrorCode: String(code) } : {}) };
			throw stopped;
		}
		out.push(...toItems(records, i));
		const ids = records.map(idOf).filter((id): id is string => id !== undefined);
		written.push({ itemIndex: i, ...(ids.length ? { id: ids.join('+') } : {}) });
	}
	return out;
}

/** Return All / Limit, read the same way by every list operation. */
export function listLimit(ctx: IExecuteFunctions, itemIndex: number): number | undefined {
	const returnAll = ctx.getNodeParameter('returnAll', itemIndex, false) as boolean;
	return returnAll ? undefined : (ctx.getNodeParameter('limit', itemIndex, 50) as number);
}
