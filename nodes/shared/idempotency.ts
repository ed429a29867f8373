import { createHash } from 'crypto';

/**
 * Deterministic key for a write: the same source record at the same version always yields the
 * same key, so a retried or re-run write is recognised (Intacct controlid with uniqueid=true, or a
 * cross-reference lookup elsewhere). At most 256 characters, Intacct's controlid limit.
 */
export function idempotencyKey(system: string, recordId: string | number, version?: string | number): string {
	const raw = [system, String(recordId), version === undefined || version === '' ? 'v0' : String(version)]
		.map((part) => part.replace(/[^A-Za-z0-9._:-]/g, '_'))
		.join(':');
	if (raw.length <= 256) return raw;
	const digest = createHash('sha256').update(raw).digest('hex').slice(0, 32);
	return `${raw.slice(0, 256 - 33)}~${digest}`;
}
