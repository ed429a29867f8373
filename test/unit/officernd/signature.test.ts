import { createHmac } from 'node:crypto';
import { deliveryKey, signedPayload, SIGNED_PAYLOAD_ORDER } from '../../../nodes/OfficeRnd/transport/contract';
import { signatureHeader, verifySignature } from '../../../nodes/OfficeRnd/transport/signature';
import { rememberDelivery } from '../../../nodes/shared/signature';
import { sign as sandboxSign } from '../../../sandbox/officernd';

const secret = 'whsec_0123456789abcdef';
const body = JSON.stringify({
	eventType: 'invoice.updated',
	data: {
		object: { _id: '66a0c0ffeea0000000000005', modifiedAt: '2025-03-12T09:00:00.000Z', status: 'paid' },
		previousAttributes: { status: 'awaiting_payment' },
	},
});
const now = Date.parse('2025-03-12T09:00:30.000Z');
const t = Math.floor(now / 1000);

describe('OfficeRnD webhook signature', () => {
	it('accepts a good delivery: HMAC-SHA256 hex of `<rawBody>.<t>` with the webhook secret', () => {
		// Independent computation of the documented scheme (official demo: body first).
		const v1 = createHmac('sha256', secret).update(`${body}.${t}`).digest('hex');
		expect(SIGNED_PAYLOAD_ORDER).toBe('body.timestamp');
		expect(verifySignature(`t=${t},v1=${v1}`, body, secret, now)).toEqual({
			ok: true,
			timestamp: String(t),
			signature: v1,
		});
		expect(verifySignature(`t=${t},v1=${v1}`, Buffer.from(body), secret, now).ok).toBe(true);
	});

	it('agrees with the sandbox signer', () => {
		expect(verifySignature(sandboxSign(secret, body, t), body, secret, now).ok).toBe(true);
		expect(sandboxSign(secret, body, t)).toBe(signatureHeader(body, secret, t));
	});

	it('rejects a bad signature, a changed body, another secret and the timestamp-first order', () => {
		const good = signatureHeader(body, secret, t);
		expect(verifySignature(`t=${t},v1=${'0'.repeat(64)}`, body, secret, now)).toEqual({
			ok: false,
			reason: 'mismatch',
		});
		expect(verifySignature(good, body.replace('paid', 'voided'), secret, now)).toEqual({
			ok: false,
			reason: 'mismatch',
		});
		expect(verifySignature(good, body, `${secret}x`, now)).toEqual({ ok: false, reason: 'mismatch' });
		const timestampFirst = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
		expect(verifySignature(`t=${t},v1=${timestampFirst}`, body, secret, now).ok).toBe(false);
		// The timestamp is part of what is signed: moving it breaks the signature.
		expect(verifySignature(good.replace(`t=${t}`, `t=${t + 1}`), body, secret, now).ok).toBe(false);
	});

	it('rejects stale and future timestamps beyond 5 minutes, accepts inside', () => {
		const stale = signatureHeader(body, secret, t - 301);
		expect(verifySignature(stale, body, secret, now)).toEqual({ ok: false, reason: 'stale' });
		expect(verifySignature(signatureHeader(body, secret, t + 301), body, secret, now)).toEqual({
			ok: false,
			reason: 'stale',
		});
		expect(verifySignature(signatureHeader(body, secret, t - 299), body, secret, now).ok).toBe(true);
		// Milliseconds are not seconds: a ms timestamp is far in the future and refused.
		expect(verifySignature(signatureHeader(body, secret, now), body, secret, now)).toEqual({
			ok: false,
			reason: 'stale',
		});
	});

	it('rejects unsigned, malformed and secret-less checks', () => {
		expect(verifySignature(undefined, body, secret, now)).toEqual({ ok: false, reason: 'missing' });
		expect(verifySignature('v1=abc', body, secret, now)).toEqual({ ok: false, reason: 'malformed' });
		expect(verifySignature(`t=${t}`, body, secret, now)).toEqual({ ok: false, reason: 'malformed' });
		expect(verifySignature(`t=abc,v1=${'a'.repeat(64)}`, body, secret, now)).toEqual({
			ok: false,
			reason: 'malformed',
		});
		expect(verifySignature(signatureHeader(body, secret, t), body, undefined, now)).toEqual({
			ok: false,
			reason: 'noSecret',
		});
	});

	it('accepts any of several v1 values (secret rotation)', () => {
		const v1 = createHmac('sha256', secret)
			.update(signedPayload(body, String(t)))
			.digest('hex');
		expect(verifySignature(`t=${t},v1=${'f'.repeat(64)},v1=${v1}`, body, secret, now).ok).toBe(true);
	});

	it('recognises a replayed delivery by event, record id and modifiedAt', () => {
		const store: Record<string, unknown> = {};
		const object = JSON.parse(body).data.object;
		const key = deliveryKey('invoice.updated', object, 'sig-a');
		expect(rememberDelivery(store, key)).toBe(true);
		// Same change delivered again (even re-signed with a new timestamp): a replay.
		expect(rememberDelivery(store, deliveryKey('invoice.updated', object, 'sig-b'))).toBe(false);
		// A later change of the same record, or another event about it, is new.
		expect(
			rememberDelivery(
				store,
				deliveryKey('invoice.updated', { ...object, modifiedAt: '2025-03-12T09:05:00.000Z' }, 'sig-c'),
			),
		).toBe(true);
		expect(rememberDelivery(store, deliveryKey('invoice.charge.created', object, 'sig-d'))).toBe(true);
		// Without an id, the signature itself is the key.
		expect(deliveryKey('x', {}, 'sig-e')).toBe('sig:sig-e');
	});
});
