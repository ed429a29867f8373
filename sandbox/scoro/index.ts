import { json } from '../core/http';
import type { SystemModule } from '../core/types';
import { fail, handleApi, parseCall } from './api';
import { finishSeed } from './documents';
import { SCORO_MODULES } from './modules';
import { ScoroRuntime } from './runtime';
import { seedScoro } from './seed';

export { SCORO_SANDBOX_CREDENTIALS, SCORO_SEED, SCORO_DEFAULT_VERIFIED_DOMAINS } from './seed';
export { SCORO_MODULES } from './modules';
export { API_PREFIX } from './api';

/**
 * The Scoro API v2 simulator: POST /scoro/api/v2/<module>/<action>[/<id>] with credentials in the
 * JSON body. Facts from ../shared/reference/scoro-api.md; assumptions come from
 * nodes/Scoro/transport/contract.ts (shared with the node) and are marked ASSUMED here.
 */
export function createScoroSystem(): SystemModule {
	const runtime = new ScoroRuntime();
	return {
		name: 'scoro',
		prefix: '/scoro',
		title: 'Scoro',
		seed: (store) => seedScoro(store, finishSeed),
		reset: () => runtime.reset(),
		describe(req) {
			const call = parseCall(req);
			return 'status' in call ? {} : { operations: [`${call.module}/${call.action}`] };
		},
		handle: (req, ctx) => handleApi(req, ctx, runtime),
		failureResponse(kind, _req, { status, retryAfterSeconds }, ctx) {
			const response = fail(status, kind === 'throttled' ? 'Too many requests, slow down' : 'Internal server error');
			if (kind === 'throttled' && retryAfterSeconds !== undefined) {
				response.headers = {
					...response.headers,
					'x-ratelimit-reset': String(Math.floor(ctx.clock.nowMs() / 1000) + retryAfterSeconds),
				};
			}
			return response;
		},
		admin(req, ctx) {
			const parts = req.path.split('/').filter(Boolean);
			const body = (req.json ?? {}) as Record<string, unknown>;
			if (parts[0] === 'quota' && parts.length === 1) {
				if (req.method === 'GET') return json(200, runtime.quota);
				if (req.method === 'POST') {
					const limit = body.limit;
					if (
						limit !== null &&
						(typeof limit !== 'number' || !Number.isInteger(limit) || limit < 0 || limit > 1_000_000)
					) {
						return json(400, { error: 'limit must be an integer from 0 to 1000000, or null to switch the quota off' });
					}
					const used = body.used === undefined ? 0 : Number(body.used);
					if (!Number.isInteger(used) || used < 0) return json(400, { error: 'used must be a non-negative integer' });
					runtime.quota =
						limit === null ? { used: 0 } : { limit, used, day: ctx.clock.now().toISOString().slice(0, 10) };
					return json(200, runtime.quota);
				}
			}
			if (parts[0] === 'domains' && parts.length === 1) {
				if (req.method === 'GET') return json(200, [...runtime.verifiedDomains]);
				if (req.method === 'POST') {
					const domains = body.domains;
					if (
						!Array.isArray(domains) ||
						domains.length > 100 ||
						!domains.every((d) => typeof d === 'string' && d.length > 0 && d.length < 254)
					) {
						return json(400, { error: 'domains must be an array of up to 100 host names' });
					}
					runtime.verifiedDomains = new Set(domains.map((d) => String(d).toLowerCase()));
					return json(200, [...runtime.verifiedDomains]);
				}
			}
			if (parts[0] === 'deliveries') {
				if (parts.length === 1 && req.method === 'GET') return json(200, runtime.deliveries);
				if (parts.length === 3 && parts[2] === 'redeliver' && req.method === 'POST') {
					const again = runtime.redeliver(Number(parts[1]));
					return again ? json(201, again) : json(404, { error: `no delivery ${parts[1]}` });
				}
			}
			// Fire a webhook event for an existing record without changing it (e.g. to test de-duplication).
			if (parts[0] === 'events' && parts.length === 1 && req.method === 'POST') {
				const module = String(body.module ?? '');
				const action = String(body.action ?? 'modify');
				const record = SCORO_MODULES[module] ? ctx.store.get(module, String(body.id)) : undefined;
				if (!record) return json(404, { error: `no ${module} record ${String(body.id)}` });
				const sent = ctx.store
					.list('webhooks')
					.filter((h) => h.fields.module === module && h.fields.action === action)
					.map((h) => runtime.deliver(h, module, action, record, ctx));
				return json(200, sent);
			}
			return undefined;
		},
		onAdminWrite(collection, record, created, ctx) {
			if (!SCORO_MODULES[collection]) return;
			runtime.notify({ module: collection, action: created ? 'create' : 'modify', record }, ctx);
		},
	};
}
