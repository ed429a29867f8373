/**
 * Delivery de-duplication that does not depend on workflow static data alone: n8n 2.41 serves live
 * webhooks from a cached copy of the published workflow, so static data written by one delivery is
 * not seen by the next one until that cache is refreshed (found by the e2e test). Seen keys are
 * therefore also kept in this process, bounded per trigger node. Limits: the memory is per process
 * (queue mode with several webhook processors can let a redelivery through on another process) and
 * is lost on restart; downstream writes stay idempotent for that case.
 */
const MAX_KEYS_PER_SCOPE = 1000;
const MAX_SCOPES = 500;
const seenByScope = new Map<string, Set<string>>();

export function seenInProcess(scope: string, key: string): boolean {
	return seenByScope.get(scope)?.has(key) ?? false;
}

export function rememberInProcess(scope: string, key: string): void {
	let keys = seenByScope.get(scope);
	if (!keys) {
		if (seenByScope.size >= MAX_SCOPES) seenByScope.delete(seenByScope.keys().next().value as string);
		keys = new Set();
		seenByScope.set(scope, keys);
	}
	keys.add(key);
	if (keys.size > MAX_KEYS_PER_SCOPE) keys.delete(keys.values().next().value as string);
}
