import { hmacSha256, isFresh, safeEqual } from '../../shared/signature';
import { SIGNATURE_TIMESTAMP_UNIT_MS, SIGNATURE_TOLERANCE_MS, signedPayload } from './contract';

export type SignatureCheck =
	| { ok: true; timestamp: string; signature: string }
	| { ok: false; reason: 'missing' | 'malformed' | 'stale' | 'mismatch' | 'noSecret' };

/**
 * Checks an `officernd-signature: t=<timestamp>,v1=<hex>` header (reference §4.4): HMAC-SHA256 of
 * the signed payload (order in contract.ts) with the webhook secret, compared in constant time,
 * timestamp within the tolerance. Several `v1=` values are accepted (secret rotation, ASSUMED).
 */
export function verifySignature(
	header: string | string[] | undefined,
	rawBody: string | Buffer,
	secret: string | undefined,
	now: number = Date.now(),
): SignatureCheck {
	if (!secret) return { ok: false, reason: 'noSecret' };
	const value = Array.isArray(header) ? header[0] : header;
	if (!value) return { ok: false, reason: 'missing' };
	let timestamp: string | undefined;
	const signatures: string[] = [];
	for (const part of value.split(',')) {
		const at = part.indexOf('=');
		if (at < 0) continue;
		const key = part.slice(0, at).trim();
		const v = part.slice(at + 1).trim();
		if (key === 't') timestamp = v;
		else if (key === 'v1' && v) signatures.push(v.toLowerCase());
	}
	if (!timestamp || !/^\d{1,16}$/.test(timestamp) || signatures.length === 0) return { ok: false, reason: 'malformed' };
	if (!isFresh(Number(timestamp) * SIGNATURE_TIMESTAMP_UNIT_MS, SIGNATURE_TOLERANCE_MS, now))
		return { ok: false, reason: 'stale' };
	const body = Buffer.isBuffer(rawBody) ? rawBody.toString('utf8') : rawBody;
	const expected = hmacSha256(secret, signedPayload(body, timestamp));
	// Every candidate is compared (no early exit) so timing does not tell which one matched.
	let matched: string | undefined;
	for (const candidate of signatures) if (safeEqual(candidate, expected)) matched = candidate;
	return matched ? { ok: true, timestamp, signature: matched } : { ok: false, reason: 'mismatch' };
}

/** Test and sandbox helper: the header OfficeRnD would send for this body. */
export function signatureHeader(rawBody: string, secret: string, timestampSeconds: number): string {
	return `t=${timestampSeconds},v1=${hmacSha256(secret, signedPayload(rawBody, String(timestampSeconds)))}`;
}
