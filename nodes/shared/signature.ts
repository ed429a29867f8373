import { createHmac, timingSafeEqual } from 'crypto';

export function hmacSha256(secret: string, payload: string | Buffer, encoding: 'hex' | 'base64' = 'hex'): string {
	return createHmac('sha256', secret).update(payload).digest(encoding);
}

/** Constant-time comparison that also tolerates different lengths without leaking timing. */
export function safeEqual(a: string, b: string): boolean {
	const left = Buffer.from(a, 'utf8');
	const right = Buffer.from(b, 'utf8');
	if (left.length !== right.length) {
		timingSafeEqual(left, left);
		return false;
	}
	return timingSafeEqual(left, right);
}

/** Whether a delivery's timestamp is within the tolerance (default 5 minutes) of now. */
export function isFresh(timestampMs: number, toleranceMs = 5 * 60_000, now = Date.now()): boolean {
	return Number.isFinite(timestampMs) && Math.abs(now - timestampMs) <= toleranceMs;
}

/**
 * Remembers recently seen delivery ids in a static-data object, bounded in size, so webhook
 * redeliveries start no second run. Returns true when the id was new.
 */
export function rememberDelivery(store: Record<string, unknown>, id: string, max = 500): boolean {
	const seen = (Array.isArray(store.seenDeliveries) ? store.seenDeliveries : []) as string[];
	if (seen.includes(id)) return false;
	seen.push(id);
	while (seen.length > max) seen.shift();
	store.seenDeliveries = seen;
	return true;
}
