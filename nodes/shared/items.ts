import type { IDataObject, IExecuteFunctions, INode, INodeExecutionData } from 'n8n-workflow';
import { toNodeError } from './errors';

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
		...(node ? { error: toNodeError(node, error, itemIndex) } : {}),
	};
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

/** Return All / Limit, read the same way by every list operation. */
export function listLimit(ctx: IExecuteFunctions, itemIndex: number): number | undefined {
	const returnAll = ctx.getNodeParameter('returnAll', itemIndex, false) as boolean;
	return returnAll ? undefined : (ctx.getNodeParameter('limit', itemIndex, 50) as number);
}
