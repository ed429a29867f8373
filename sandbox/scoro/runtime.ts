import type { StoredRecord } from '../core/store';
import type { SystemContext } from '../core/types';
import type { WriteEvent } from './api';
import { render } from './api';
import { SCORO_MODULES } from './modules';
import { SCORO_DEFAULT_VERIFIED_DOMAINS } from './seed';

export interface Delivery {
	n: number;
	eventId: string;
	webhookId: number;
	url: string;
	module: string;
	action: string;
	objectId: number;
	payload: Record<string, unknown>;
	status?: number | 'error';
	error?: string;
	at: string;
}

/** Bounds: deliveries kept in memory and the time one delivery may take. */
export const MAX_DELIVERIES = 500;
export const DELIVERY_TIMEOUT_MS = 5_000;

/** Runtime state of the Scoro simulator that is not records: quota, verified domains, webhook deliveries. */
export class ScoroRuntime {
	quota: { limit?: number; used: number; day?: string } = { used: 0 };
	verifiedDomains = new Set<string>(SCORO_DEFAULT_VERIFIED_DOMAINS);
	deliveries: Delivery[] = [];
	private nextDelivery = 1;
	private pending = new Set<Promise<void>>();

	reset(): void {
		this.quota = { used: 0 };
		this.verifiedDomains = new Set(SCORO_DEFAULT_VERIFIED_DOMAINS);
		this.deliveries = [];
		this.nextDelivery = 1;
	}

	/** Sends the event to every webhook subscribed to its module and action (after the answer). */
	notify(event: WriteEvent, ctx: SystemContext): void {
		const spec = SCORO_MODULES[event.module];
		if (!spec) return;
		for (const hook of ctx.store.list('webhooks')) {
			if (hook.fields.module !== event.module || hook.fields.action !== event.action) continue;
			this.deliver(hook, event.module, event.action, event.record, ctx);
		}
	}

	/**
	 * ASSUMED payload (contract.ts, UNVERIFIED 5): `{event_id, webhook_id, module, action, object_id, data}`
	 * with the record as `view` shows it. No signature: none is documented.
	 */
	deliver(hook: StoredRecord, module: string, action: string, record: StoredRecord, ctx: SystemContext): Delivery {
		const spec = SCORO_MODULES[module]!;
		const n = this.nextDelivery++;
		const eventId = `evt_${String(n).padStart(6, '0')}`;
		const payload = {
			event_id: eventId,
			webhook_id: Number(hook.id),
			module,
			action,
			object_id: Number(record.id),
			data: render(spec, record, true),
		};
		const delivery: Delivery = {
			n,
			eventId,
			webhookId: Number(hook.id),
			url: String(hook.fields.url),
			module,
			action,
			objectId: Number(record.id),
			payload,
			at: ctx.clock.now().toISOString(),
		};
		this.deliveries.push(delivery);
		if (this.deliveries.length > MAX_DELIVERIES) this.deliveries.shift();
		this.post(delivery);
		return delivery;
	}

	/** Sends a delivery again, unchanged (the trigger must not start a second run). */
	redeliver(n: number): Delivery | undefined {
		const original = this.deliveries.find((d) => d.n === n);
		if (!original) return undefined;
		const again: Delivery = { ...original, n: this.nextDelivery++, status: undefined, error: undefined };
		this.deliveries.push(again);
		if (this.deliveries.length > MAX_DELIVERIES) this.deliveries.shift();
		this.post(again);
		return again;
	}

	private post(delivery: Delivery): void {
		const p = (async () => {
			try {
				const res = await fetch(delivery.url, {
					method: 'POST',
					headers: { 'content-type': 'application/json', 'user-agent': 'Scoro-Sandbox-Webhook/1.0' },
					body: JSON.stringify(delivery.payload),
					signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
				});
				delivery.status = res.status;
				await res.arrayBuffer().catch(() => undefined);
			} catch (error) {
				delivery.status = 'error';
				delivery.error = (error as Error).message;
			}
		})();
		this.pending.add(p);
		void p.finally(() => this.pending.delete(p));
	}

	/** Resolves when every delivery in flight has been answered (tests). */
	async settled(): Promise<void> {
		while (this.pending.size) await Promise.allSettled([...this.pending]);
	}
}
