import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { json } from '../../core/http';
import type { SandboxResponse, SystemContext } from '../../core/types';

/**
 * Admin: make the sandbox deliver a Platform Trigger webhook (notes §6.2) to a URL, as Intacct's
 * "HTTP post" trigger with webhook delivery would:
 * - POST with `Authorization: Bearer <token>` and `X-Trusted-Context` (base64 JSON with the client ID);
 * - an idempotency key that every retry repeats (ASSUMED header name `Idempotency-Key`; the notes
 *   say a key is sent, not under which header);
 * - retried on 408, 429, 500, 502, 503, 504 up to 4 attempts in total, after 10 s, 30 s, 90 s
 *   (the delays can be shortened for tests);
 * - the body is whatever the trigger's author configured (ASSUMED default below: object, record
 *   number and event).
 * Only loopback URLs are accepted: the sandbox never posts outside this machine.
 */
const input = z
	.object({
		url: z.string().url(),
		token: z.string().min(1).max(4000),
		object: z.string().min(1).max(100).default('CUSTOMER'),
		recordNo: z.string().max(100).optional(),
		event: z.string().max(50).default('Set'),
		body: z.record(z.unknown()).optional(),
		idempotencyKey: z.string().min(1).max(200).optional(),
		clientId: z.string().max(200).default('sandbox-client'),
		maxAttempts: z.number().int().min(1).max(4).default(4),
		retryDelaysMs: z.array(z.number().int().min(0).max(90_000)).max(3).default([10_000, 30_000, 90_000]),
	})
	.strict();

export const WEBHOOK_RETRY_STATUSES = [408, 429, 500, 502, 503, 504];

export async function deliverWebhook(raw: unknown, _ctx: SystemContext): Promise<SandboxResponse> {
	const parsed = input.safeParse(raw);
	if (!parsed.success) return json(400, { error: 'invalid body', issues: parsed.error.issues });
	const o = parsed.data;
	const host = new URL(o.url).hostname;
	if (!['127.0.0.1', 'localhost', '::1', '[::1]'].includes(host))
		return json(400, { error: 'only loopback URLs are allowed' });
	const idempotencyKey = o.idempotencyKey ?? randomUUID();
	const body = o.body ?? { object: o.object, recordNo: o.recordNo ?? '', event: o.event };
	const attempts: Array<{ status: number | 'network-error'; body?: string }> = [];
	for (let n = 0; n < o.maxAttempts; n++) {
		if (n > 0) await new Promise((r) => setTimeout(r, o.retryDelaysMs[n - 1] ?? 0));
		try {
			const res = await fetch(o.url, {
				method: 'POST',
				headers: {
					'content-type': 'application/json',
					authorization: `Bearer ${o.token}`,
					'idempotency-key': idempotencyKey,
					'x-trusted-context': Buffer.from(JSON.stringify({ clientId: o.clientId })).toString('base64'),
				},
				body: JSON.stringify(body),
				signal: AbortSignal.timeout(30_000),
			});
			const text = (await res.text()).slice(0, 2000);
			attempts.push({ status: res.status, body: text });
			if (!WEBHOOK_RETRY_STATUSES.includes(res.status)) break;
		} catch {
			attempts.push({ status: 'network-error' });
		}
	}
	return json(200, { idempotencyKey, attempts });
}
