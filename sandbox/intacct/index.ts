import { json } from '../core/http';
import type { SystemModule } from '../core/types';
import { ERR } from './errors';
import { controlFailure, describeGateway, handleGateway } from './gateway';
import { IntacctRuntime } from './runtime';
import { seedIntacct } from './seed';
import { deliverWebhook } from './functions/webhook';

export { INTACCT_SANDBOX_CREDENTIALS, INTACCT_SEED_CUSTOMERS, INTACCT_SEED_ENTITIES } from './seed';
export { INTACCT_FUNCTIONS } from './functions';
export { GATEWAY_PATH } from './gateway';

/** ASSUMED: "about 2 concurrent requests per company" is third-party (notes §5.3, T-2). */
export const INTACCT_CONCURRENCY_LIMIT = 2;

/** The Sage Intacct XML gateway simulator: POST /intacct/ia/xml/xmlgw.phtml. */
export function createIntacctSystem(): SystemModule {
	const runtime = new IntacctRuntime();
	return {
		name: 'intacct',
		prefix: '/intacct',
		title: 'Sage Intacct',
		concurrencyLimit: INTACCT_CONCURRENCY_LIMIT,
		seed: (store) => seedIntacct(store),
		reset: () => runtime.reset(),
		describe: (req, ctx) => describeGateway(req, runtime, ctx.clock.nowMs()),
		handle: (req, ctx) => handleGateway(req, ctx, runtime),
		failureResponse(kind, _req, { status }) {
			if (kind === 'throttled') {
				// Notes §2.4 (SI-4): GW-0010 with HTTP 429, a control-level failure. Gateway errors come back
				// with a bare control block (notes §9.9).
				return controlFailure([ERR.rateLimited()], undefined, status);
			}
			// Notes §2.1: infrastructure failures can return no XML at all, only an HTTP 5xx.
			return {
				status,
				headers: { 'content-type': 'text/html; charset=utf-8' },
				body: `<html><body><h1>${status}</h1></body></html>`,
			};
		},
		admin(req, ctx) {
			// POST /__admin/intacct/webhook: deliver a Platform Trigger webhook (functions/webhook.ts).
			if (req.path === '/webhook' && req.method === 'POST') return deliverWebhook(req.json, ctx);
			if (req.path === '/session-timeout' && req.method === 'POST') {
				const seconds = (req.json as { seconds?: unknown }).seconds;
				if (typeof seconds !== 'number' || !Number.isInteger(seconds) || seconds < 1 || seconds > 7 * 86400) {
					return json(400, { error: 'seconds must be an integer from 1 to 604800' });
				}
				runtime.sessionTimeoutSeconds = seconds;
				return json(200, { sessionTimeoutSeconds: seconds });
			}
			if (req.path === '/session-timeout' && req.method === 'GET') {
				return json(200, { sessionTimeoutSeconds: runtime.sessionTimeoutSeconds });
			}
			if (req.path === '/sessions' && req.method === 'GET') {
				const now = ctx.clock.nowMs();
				return json(
					200,
					[...runtime.sessions.values()].map((s) => ({
						sessionid: s.id,
						companyid: s.companyid,
						userid: s.userid,
						locationid: s.locationid,
						expiresAt: new Date(s.expiresAtMs).toISOString(),
						expired: s.expiresAtMs <= now,
					})),
				);
			}
			return undefined;
		},
	};
}
