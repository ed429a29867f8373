import { createHmac } from 'node:crypto';
import { DELIVERY_TIMEOUT_MS, MAX_DELIVERY_LOG, SIGNATURE_HEADER, isLoopbackHost, signedString } from './assumptions';

/** How an admin-requested delivery is spoiled, to prove receivers reject it. */
export type Tamper = 'none' | 'unsigned' | 'badSignature' | 'bodyChanged' | 'wrongSecret';

export interface DeliveryRequest {
	webhookId: string;
	url: string;
	secret: string;
	eventType: string;
	object: Record<string, unknown>;
	previousAttributes?: Record<string, unknown>;
	/** Unix seconds put in the header (the sandbox clock by default). */
	timestamp: number;
	tamper?: Tamper;
	/** Send exactly this body and header again (a redelivery). */
	replay?: { body: string; signature: string | undefined };
}

export interface DeliveryRecord {
	id: number;
	webhookId: string;
	url: string;
	eventType: string;
	objectId?: string;
	timestamp: number;
	tamper: Tamper;
	body: string;
	signature?: string;
	status: number | 'refused' | 'failed';
	responseBody?: string;
	error?: string;
	at: string;
}

export function sign(secret: string, rawBody: string, timestamp: number): string {
	const v1 = createHmac('sha256', secret)
		.update(signedString(rawBody, String(timestamp)))
		.digest('hex');
	return `t=${timestamp},v1=${v1}`;
}

/**
 * Delivers signed webhook POSTs (reference §4.3 body, §4.4 header) and keeps a bounded log.
 * ASSUMED (Gap 3): one attempt, no retries. Only loopback URLs are called: the sandbox never sends
 * traffic off this machine.
 */
export class WebhookDeliverer {
	readonly log: DeliveryRecord[] = [];
	private seq = 0;
	private readonly pending = new Set<Promise<unknown>>();

	reset(): void {
		this.log.length = 0;
		this.seq = 0;
	}

	async deliver(req: DeliveryRequest, nowIso: string): Promise<DeliveryRecord> {
		const tamper = req.tamper ?? 'none';
		let body =
			req.replay?.body ??
			JSON.stringify({
				eventType: req.eventType,
				data: { object: req.object, previousAttributes: req.previousAttributes ?? {} },
			});
		let signature = req.replay ? req.replay.signature : sign(req.secret, body, req.timestamp);
		if (!req.replay) {
			if (tamper === 'unsigned') signature = undefined;
			if (tamper === 'badSignature') signature = `t=${req.timestamp},v1=${'0'.repeat(64)}`;
			if (tamper === 'wrongSecret') signature = sign(`${req.secret}-not`, body, req.timestamp);
			if (tamper === 'bodyChanged') body = body.replace(/}$/, ',"tampered":true}');
		}
		const record: DeliveryRecord = {
			id: ++this.seq,
			webhookId: req.webhookId,
			url: req.url,
			eventType: req.eventType,
			objectId: typeof req.object?._id === 'string' ? req.object._id : undefined,
			timestamp: req.timestamp,
			tamper,
			body,
			signature,
			status: 'failed',
			at: nowIso,
		};
		this.log.push(record);
		while (this.log.length > MAX_DELIVERY_LOG) this.log.shift();

		let target: URL;
		try {
			target = new URL(req.url);
		} catch {
			record.status = 'refused';
			record.error = 'invalid URL';
			return record;
		}
		if (!isLoopbackHost(target.hostname)) {
			record.status = 'refused';
			record.error = 'the sandbox only delivers to this machine (loopback addresses)';
			return record;
		}
		const work = (async () => {
			try {
				const res = await fetch(target, {
					method: 'POST',
					headers: { 'content-type': 'application/json', ...(signature ? { [SIGNATURE_HEADER]: signature } : {}) },
					body,
					signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
				});
				record.status = res.status;
				record.responseBody = (await res.text()).slice(0, 2000);
			} catch (error) {
				record.status = 'failed';
				record.error = (error as Error).message;
			}
		})();
		this.pending.add(work);
		await work.finally(() => this.pending.delete(work));
		return record;
	}

	/** Resolves when every delivery started so far has finished (tests). */
	async idle(): Promise<void> {
		await Promise.allSettled([...this.pending]);
	}
}
