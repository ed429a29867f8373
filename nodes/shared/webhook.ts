import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

/**
 * Answers a webhook call directly (status + JSON body) and starts no run; pass workflowData with
 * the same response object when the call should also start one.
 */
export function webhookReplier(ctx: IWebhookFunctions): (status: number, body: IDataObject) => IWebhookResponseData {
	const res = ctx.getResponseObject();
	return (status, body) => {
		res.status(status).json(body);
		return { noWebhookResponse: true };
	};
}

/**
 * Delivery de-duplication that does not depend on workflow static data alone: n8n 2.41 serves live
 * webhooks from a cached copy of the published workflow, so static data written by one delivery is
 * not seen by the next one until that cache is refreshed, and two redeliveries racing each other
 * would both pass a static-data check. Seen keys are therefore also kept in this process, bounded
 * per trigger node. Limits: the memory is per process (queue mode with several webhook processors
 * can let a redelivery through on another process) and is lost on restart; downstream writes stay
 * idempotent for that case.
 */
const MAX_SCOPES = 500;
const seenByScope = new Map<string, Set<string>>();

/** The in-process de-dup scope of one trigger node: its workflow and node id. */
export function deliveryScope(ctx: IWebhookFunctions): string {
	return `${String(ctx.getWorkflow().id)}:${ctx.getNode().id}`;
}

export function seenInProcess(scope: string, key: string): boolean {
	return seenByScope.get(scope)?.has(key) ?? false;
}

/** Remembers a delivery key in this process (at most `max` per scope). Returns true when it was new. */
export function rememberInProcess(scope: string, key: string, max = 1000): boolean {
	let keys = seenByScope.get(scope);
	if (!keys) {
		if (seenByScope.size >= MAX_SCOPES) seenByScope.delete(seenByScope.keys().next().value as string);
		keys = new Set();
		seenByScope.set(scope, keys);
	}
	if (keys.has(key)) return false;
	keys.add(key);
	if (keys.size > max) keys.delete(keys.values().next().value as string);
	return true;
}
