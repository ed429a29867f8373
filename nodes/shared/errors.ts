import type { INode, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

/**
 * What every connector's transport throws: the system's own error code and text, an optional
 * fix, and the HTTP status. Item loops turn it into n8n's NodeApiError with the item index.
 */
export class SyncError extends Error {
	constructor(
		message: string,
		readonly system: string,
		readonly code: string,
		readonly details: string,
		readonly httpStatus?: number,
	) {
		super(message);
		this.name = 'SyncError';
	}
}

/** Shapes any error for n8n, naming the item; the system's code stays in context.errorCode. */
export function toNodeError(node: INode, error: unknown, itemIndex?: number): NodeApiError | NodeOperationError {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) {
		if (itemIndex !== undefined) error.context = { ...(error.context ?? {}), itemIndex };
		return error;
	}
	if (error instanceof SyncError) {
		const shaped = new NodeApiError(
			node,
			{ message: error.message, code: error.code, system: error.system } as JsonObject,
			{
				message: error.message,
				description: error.details,
				itemIndex,
				...(error.httpStatus ? { httpCode: String(error.httpStatus) } : {}),
			},
		);
		shaped.message = error.message;
		shaped.context = { ...(shaped.context ?? {}), errorCode: error.code, system: error.system };
		return shaped;
	}
	return new NodeOperationError(node, error as Error, { itemIndex });
}
