import { escapeHtml as h } from '../core/http';
import type { SandboxState } from '../core/state';
import { CONSOLE_CSS } from './assets';

/** One admin route, as GET /__admin lists it. */
export interface AdminRoute {
	method: string;
	path: string;
	does: string;
	/** Anchor for links from the console (e.g. #faults). */
	anchor?: string;
}

export const ADMIN_ROUTES: readonly AdminRoute[] = [
	{ method: 'GET', path: '/__admin', does: 'this list (HTML for a browser, JSON otherwise)' },
	{
		method: 'POST',
		path: '/__admin/reset[?system=]',
		does: 're-seed all systems (or one), clear their log entries and faults; a full reset also puts the clock back',
		anchor: 'reset',
	},
	{
		method: 'GET',
		path: '/__admin/state',
		does: 'every record of every system (id, createdAt, modifiedAt, version, fields)',
	},
	{ method: 'GET', path: '/__admin/state/:system', does: 'every record of one system' },
	{
		method: 'GET',
		path: '/__admin/changes[?system=]',
		does: 'records new, changed or deleted since the last reset and in the last run (what the console highlights)',
	},
	{
		method: 'GET',
		path: '/__admin/requests[?system=]',
		does: 'the request log (seq, time, system, method, path, operation, status, durationMs, faults)',
	},
	{ method: 'DELETE', path: '/__admin/requests[?system=]', does: 'clear the request log' },
	{ method: 'GET', path: '/__admin/requests/counts', does: 'requests per system, endpoint and operation' },
	{ method: 'GET', path: '/__admin/requests/totals', does: 'reads and writes per system since the last clear' },
	{ method: 'GET', path: '/__admin/faults', does: 'active faults', anchor: 'faults' },
	{
		method: 'POST',
		path: '/__admin/faults',
		does: '{ system?, match?, operations?, methods?, kind?: read|write, type: latency|http5xx|http429|dropAfterCommit, latencyMs?, status?, retryAfterSeconds?, count?, probability?, seed?, burst?, skip? } → 201 with the fault',
	},
	{ method: 'DELETE', path: '/__admin/faults/:id', does: 'switch one fault off' },
	{ method: 'DELETE', path: '/__admin/faults[?system=]', does: 'switch every fault (of one system) off' },
	{
		method: 'POST',
		path: '/__admin/records/:system/:collection',
		does: '{ id?, fields }: insert (201) or merge into an existing record (200); OfficeRnD and Scoro send their webhooks for it',
	},
	{
		method: 'POST',
		path: '/__admin/seed/:system',
		does: '{ count (1..5000), seed? }: bulk source records (officernd, scoro, released)',
	},
	{ method: 'POST', path: '/__admin/checkpoint', does: "copy of every system's records → { id }" },
	{ method: 'POST', path: '/__admin/restore/:id', does: 'put a checkpoint back' },
	{ method: 'GET', path: '/__admin/clock', does: 'the sandbox clock' },
	{ method: 'POST', path: '/__admin/clock', does: '{ now?: ISO, advanceSeconds?, frozen?: boolean }' },
	{
		method: 'POST',
		path: '/__admin/officernd/deliver',
		does: '{ webhookId?, eventType?, collection + id | object, tamper?, timestampOffsetSeconds?, replayOf? }: a signed OfficeRnD webhook delivery',
		anchor: 'webhooks',
	},
	{ method: 'GET', path: '/__admin/officernd/deliveries', does: 'OfficeRnD webhook deliveries and their answers' },
	{ method: 'GET', path: '/__admin/officernd/tokens', does: 'OAuth tokens issued / live' },
	{ method: 'POST', path: '/__admin/officernd/tokens/expire', does: 'expire every OAuth token now' },
	{
		method: 'POST',
		path: '/__admin/scoro/events',
		does: '{ module, action?, id }: send the Scoro webhook event of an existing record to its subscriptions',
	},
	{ method: 'GET', path: '/__admin/scoro/deliveries', does: 'Scoro webhook deliveries' },
	{ method: 'POST', path: '/__admin/scoro/deliveries/:n/redeliver', does: 'send a Scoro delivery again, unchanged' },
	{ method: 'GET', path: '/__admin/scoro/quota', does: 'Scoro daily quota (POST { limit|null, used? } sets it)' },
	{
		method: 'POST',
		path: '/__admin/intacct/webhook',
		does: '{ url, token, object?, recordNo?, event?, body?, idempotencyKey?, maxAttempts?, retryDelaysMs? }: a Platform Trigger post as Intacct sends it',
	},
	{ method: 'GET', path: '/__admin/intacct/sessions', does: 'open Intacct sessions' },
	{ method: 'GET', path: '/__admin/intacct/session-timeout', does: 'session duration (POST { seconds } sets it)' },
];

function link(route: AdminRoute): string {
	const concrete = route.method === 'GET' && !route.path.includes(':') ? route.path.replace(/\[.*\]$/, '') : undefined;
	return concrete ? `<a href="${h(concrete)}">${h(route.path)}</a>` : h(route.path);
}

/** GET /__admin: where the console's "Admin API" link leads. */
export function renderAdminIndex(state: SandboxState, wantsHtml: boolean): { type: string; body: string } {
	const systems = [...state.systems.values()].map(({ module }) => ({
		name: module.name,
		title: module.title,
		api: state.baseUrl + module.prefix,
	}));
	if (!wantsHtml)
		return {
			type: 'application/json; charset=utf-8',
			body: JSON.stringify({ systems, routes: ADMIN_ROUTES }, null, 2),
		};
	const rows = ADMIN_ROUTES.map(
		(r) =>
			`<tr${r.anchor ? ` id="${h(r.anchor)}"` : ''}><td>${h(r.method)}</td><td><code>${link(r)}</code></td><td>${h(r.does)}</td></tr>`,
	);
	return {
		type: 'text/html; charset=utf-8',
		body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sandbox admin API</title><style>${CONSOLE_CSS}</style></head><body>
<header><h1>Sandbox admin API <small>JSON, for tests and scripts</small></h1><nav><a href="/">Back to the console</a></nav></header>
<p class="hint">Every route answers JSON; bodies are JSON. Example: <code>curl -X POST ${h(state.baseUrl)}/__admin/reset</code>. Systems: ${systems.map((s) => `${h(s.title)} <code>${h(s.api)}</code>`).join(', ')}.</p>
<table><thead><tr><th>method</th><th>path</th><th>does</th></tr></thead><tbody>${rows.join('\n')}</tbody></table>
</body></html>`,
	};
}
