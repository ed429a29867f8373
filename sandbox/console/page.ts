import { escapeHtml as h } from '../core/http';
import type { SandboxState } from '../core/state';
import type { Fields, StoredRecord } from '../core/store';
import { changedFields } from './changes';
import { CONSOLE_CSS, CONSOLE_JS } from './assets';
import { FAULT_PRESETS, presetMatches } from './faults';
import { intacctWebhookTargets } from './templates';

/** Rows shown per collection (changed rows first); the page links to the full JSON beyond that. */
export const CONSOLE_MAX_ROWS = 100;
/** Records offered per collection in the webhook forms. */
const MAX_OPTIONS = 200;
/** The console's pages live under this path (system prefixes such as /intacct belong to the APIs). */
export const CONSOLE_PREFIX = '/console';

/**
 * Console names for collections whose API name misleads a person: OfficeRnD Flex v2 keeps
 * invoices, credit notes and overpayments in its "payments" collection (reference: /payments).
 */
const COLLECTION_LABELS: Record<string, Record<string, string>> = {
	officernd: { payments: 'invoices' },
};
const COLLECTION_NOTES: Record<string, Record<string, string>> = {
	officernd: { payments: 'API collection payments: invoices, credit notes and overpayments' },
};

/** Collections shown first on a system page (what a person syncs), then the rest alphabetically. */
const FIRST: Record<string, string[]> = {
	officernd: ['companies', 'members', 'payments', 'charges', 'fees', 'webhooks'],
	scoro: ['companies', 'contacts', 'invoices', 'bills', 'receipts', 'webhooks'],
	intacct: ['CUSTOMER', 'VENDOR', 'ARINVOICE', 'ARINVOICEITEM', 'ARPYMT', 'ARADJUSTMENT', 'APBILL', 'APPYMT'],
};

export function collectionLabel(system: string, collection: string): string {
	return COLLECTION_LABELS[system]?.[collection] ?? collection;
}

/** Field names whose values the console never shows (the sandbox's own webhook secrets, tokens, passwords). */
const SECRET_FIELD = /secret|password|passwd|token|api.?key|session/i;

/** The record's fields with secret values replaced, for every place the console shows them. */
export function masked(fields: Fields): Fields {
	const out: Fields = {};
	for (const [k, v] of Object.entries(fields)) out[k] = SECRET_FIELD.test(k) && v !== '' && v !== null ? '(hidden)' : v;
	return out;
}

function short(value: unknown, max = 60): string {
	if (value === undefined || value === null) return '';
	const text = typeof value === 'string' ? value : JSON.stringify(value);
	return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function orderCollections(system: string, names: string[]): string[] {
	const first = FIRST[system] ?? [];
	return [...names].sort((a, b) => {
		const ia = first.indexOf(a);
		const ib = first.indexOf(b);
		if (ia !== -1 || ib !== -1) return (ia === -1 ? 999 : ia) - (ib === -1 ? 999 : ib);
		return a.localeCompare(b);
	});
}

function columnsOf(state: SandboxState, system: string, collection: string, records: StoredRecord[]): string[] {
	const store = state.system(system)!.store;
	const declared = store.displayFields(collection);
	if (declared?.length) return declared;
	// The first fields that hold a value in the first records (an all-empty column says nothing).
	const counts = new Map<string, number>();
	for (const r of records.slice(0, 30)) {
		for (const [k, v] of Object.entries(r.fields))
			if (v !== '' && v !== null && v !== undefined) counts.set(k, (counts.get(k) ?? 0) + 1);
	}
	return [...counts.keys()].slice(0, 6);
}

function nav(state: SandboxState, current: string | undefined): string {
	const links = [`<a href="/"${current === undefined ? ' aria-current="page"' : ''}>Overview</a>`];
	for (const [name, { module }] of state.systems) {
		links.push(
			`<a href="${CONSOLE_PREFIX}/${h(name)}" data-system="${h(name)}"${current === name ? ' aria-current="page"' : ''}>${h(module.title.replace(/ \(.*$/, ''))}</a>`,
		);
	}
	links.push('<a href="/__admin">Admin API</a>');
	return `<nav>${links.join('')}</nav>`;
}

function layout(
	title: string,
	state: SandboxState,
	current: string | undefined,
	controls: string,
	live: string,
): string {
	return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${h(title)} · sandbox console</title><style>${CONSOLE_CSS}</style></head>
<body data-system="${h(current ?? '')}">
<header><h1>Sandbox console <small>n8n-nodes-intacct-sync</small></h1>${nav(state, current)}</header>
<div id="bar">
<label><input type="checkbox" id="auto-refresh" checked> Auto refresh every 3 s</label>
<label><input type="checkbox" id="only-changed"> Only changed records</label>
<button type="button" data-action="reset" data-system="${h(current ?? '')}">${current ? `Reset ${h(state.system(current)!.module.title)}` : 'Reset all systems'}</button>
<span id="flash" role="status" aria-live="polite"></span>
</div>
${controls}
<main id="live">${live}</main>
<script>${CONSOLE_JS}</script>
</body></html>`;
}

function statusLine(state: SandboxState): string {
	const counts = state.log.counts();
	const run = state.changes.lastRun;
	const runText = run
		? `Last run started ${h(run.startedAt)}: ${run.requests} requests, ${run.writes} writes.`
		: 'No run with writes since the reset.';
	return `<p class="status">Clock ${h(state.clock.now().toISOString())}${state.clock.describe().frozen ? ' (frozen)' : ''} ·
Last reset ${h(state.changes.resetAt ?? 'never')} · ${runText} · Requests logged: ${counts.total} · Active faults: <b id="fault-count">${state.faults.list().length}</b></p>
<p class="legend"><span class="badge new run">new in last run</span> <span class="badge changed run">changed in last run</span>
<span class="badge new">new since reset</span> <span class="badge changed">changed since reset</span></p>`;
}

interface Summary {
	newSinceReset: number;
	changedSinceReset: number;
	deletedSinceReset: number;
	inLastRun: number;
}

function summarize(state: SandboxState, system: string): Summary {
	const store = state.system(system)!.store;
	const s: Summary = { newSinceReset: 0, changedSinceReset: 0, deletedSinceReset: 0, inLastRun: 0 };
	for (const c of store.collectionNames()) {
		const ch = state.changes.collection(system, c, store.list(c));
		for (const v of ch.sinceReset.values()) {
			if (v === 'new') s.newSinceReset += 1;
			else s.changedSinceReset += 1;
		}
		s.deletedSinceReset += ch.deletedSinceReset.length;
		s.inLastRun += ch.lastRun.size + ch.deletedInLastRun.length;
	}
	return s;
}

function summaryText(s: Summary): string {
	return `${s.newSinceReset} new, ${s.changedSinceReset} changed, ${s.deletedSinceReset} deleted since the reset; ${s.inLastRun} in the last run`;
}

/** GET / : every system with its counts and what changed. */
export function renderOverview(state: SandboxState, liveOnly = false): string {
	const cards: string[] = [];
	for (const [name, { module, store }] of state.systems) {
		const s = summarize(state, name);
		const collections = orderCollections(name, store.collectionNames()).filter((c) => store.count(c) > 0);
		cards.push(`<section class="card${s.newSinceReset + s.changedSinceReset + s.deletedSinceReset ? ' has-changes' : ''}" id="system-${h(name)}">
<h2><a href="${CONSOLE_PREFIX}/${h(name)}">${h(module.title)}</a> <small>API ${h(state.baseUrl + module.prefix)}</small></h2>
<p class="changes">${h(summaryText(s))}</p>
<ul class="counts">${collections.map((c) => `<li><a href="${CONSOLE_PREFIX}/${h(name)}#c-${h(c)}">${h(collectionLabel(name, c))}</a>: <b>${store.count(c)}</b></li>`).join('')}</ul>
</section>`);
	}
	const live = `${statusLine(state)}
<p class="hint">Open a system to see its records; what the last n8n run (or anything since the last reset) created or changed is highlighted.
Each system page also switches faults on and off and sends the webhook events the triggers listen for.</p>
<div class="cards">${cards.join('\n')}</div>`;
	return liveOnly ? live : layout('Overview', state, undefined, '', live);
}

function recordRow(
	state: SandboxState,
	system: string,
	collection: string,
	r: StoredRecord,
	columns: string[],
	sinceReset: 'new' | 'changed' | undefined,
	inRun: 'new' | 'changed' | undefined,
): string {
	const fields = masked(r.fields);
	const change = inRun ?? sinceReset;
	const classes = [change ? `chg ${change}` : '', inRun ? 'run' : ''].filter(Boolean).join(' ');
	const diffFrom =
		inRun === 'changed'
			? state.changes.before(system, collection, r.id, 'run')
			: sinceReset === 'changed'
				? state.changes.before(system, collection, r.id, 'reset')
				: undefined;
	const before = diffFrom ? masked(diffFrom) : undefined;
	const diff = new Set(change === 'changed' ? changedFields(diffFrom, r.fields) : []);
	const badge = change
		? `<span class="badge ${change}${inRun ? ' run' : ''}">${change === 'new' ? 'new' : 'changed'}${inRun ? ' in last run' : ' since reset'}</span>`
		: '';
	const cells = columns.map((c) => `<td${diff.has(c) ? ' class="diff"' : ''}>${h(short(fields[c]))}</td>`).join('');
	const diffList = diff.size
		? `<p class="difflist">Changed: ${[...diff].map((k) => `<b>${h(k)}</b> ${h(short(before?.[k], 40) || '(empty)')} → ${h(short(fields[k], 40) || '(empty)')}`).join('; ')}</p>`
		: '';
	return `<tr class="${classes}" data-id="${h(r.id)}"><td>${badge}</td><td class="id">${h(r.id)}</td>${cells}<td>${h(r.modifiedAt)}</td>
<td><details data-key="${h(`${system}/${collection}/${r.id}`)}"><summary>${Object.keys(fields).length} fields</summary>${diffList}<pre>${h(JSON.stringify(fields, null, 2))}</pre></details></td></tr>`;
}

function collectionSection(state: SandboxState, system: string, collection: string): string {
	const store = state.system(system)!.store;
	const records = store.list(collection);
	const ch = state.changes.collection(system, collection, records);
	const columns = columnsOf(state, system, collection, records);
	// Changed rows first (last run, then since reset), newest first; then the rest in store order.
	const rank = (r: StoredRecord): number => (ch.lastRun.has(r.id) ? 0 : ch.sinceReset.has(r.id) ? 1 : 2);
	const ordered = records
		.map((r, i) => ({ r, i }))
		.sort((a, b) => rank(a.r) - rank(b.r) || (rank(a.r) < 2 ? b.i - a.i : a.i - b.i))
		.map(({ r }) => r);
	const shown = ordered.slice(0, CONSOLE_MAX_ROWS);
	const changed = ch.sinceReset.size + ch.lastRun.size + ch.deletedSinceReset.length;
	const badges = [
		ch.sinceReset.size
			? `${[...ch.sinceReset.values()].filter((v) => v === 'new').length} new, ${[...ch.sinceReset.values()].filter((v) => v === 'changed').length} changed since reset`
			: '',
		ch.lastRun.size ? `${ch.lastRun.size} in last run` : '',
		ch.deletedSinceReset.length ? `deleted since reset: ${ch.deletedSinceReset.map(h).join(', ')}` : '',
	].filter(Boolean);
	const label = collectionLabel(system, collection);
	const more =
		records.length > shown.length
			? `<p class="more">${records.length - shown.length} more unchanged records not shown: <a href="/__admin/state/${h(system)}">all records as JSON</a></p>`
			: '';
	return `<section class="collection${changed ? ' has-changes' : ''}" id="c-${h(collection)}">
<h3>${h(label)}${COLLECTION_NOTES[system]?.[collection] ? ` <small>(${h(COLLECTION_NOTES[system][collection])})</small>` : ''} <span class="count">${records.length} records</span> ${badges.map((b) => `<span class="pill">${b}</span>`).join(' ')}</h3>
<table><thead><tr><th></th><th>id</th>${columns.map((c) => `<th>${h(c)}</th>`).join('')}<th>modified</th><th>record</th></tr></thead>
<tbody>${shown.map((r) => recordRow(state, system, collection, r, columns, ch.sinceReset.get(r.id), ch.lastRun.get(r.id))).join('\n')}</tbody></table>${more}
</section>`;
}

function faultsPanel(state: SandboxState, system: string): string {
	const faults = state.faults.list().filter((f) => f.system === system || f.system === undefined);
	const presets = FAULT_PRESETS.map((p) => {
		const on = faults.find((f) => presetMatches(p, system, f));
		return `<li><button type="button" class="toggle${on ? ' on' : ''}" data-action="${on ? 'fault-off' : 'fault-on'}" data-preset="${h(p.id)}"${on ? ` data-fault="${on.id}"` : ''} aria-pressed="${on ? 'true' : 'false'}">${on ? 'On' : 'Off'}</button> ${h(p.label)}</li>`;
	});
	const active = faults.length
		? `<table class="faults"><thead><tr><th>#</th><th>fault</th><th>hits</th><th>left</th><th></th></tr></thead><tbody>${faults
				.map((f) => {
					const { id, hits, remaining, seen: _seen, ...rest } = f;
					return `<tr><td>${id}</td><td><code>${h(JSON.stringify(rest))}</code></td><td>${hits}</td><td>${remaining ?? '∞'}</td><td><button type="button" data-action="fault-remove" data-fault="${id}">Remove</button></td></tr>`;
				})
				.join('')}</tbody></table>`
		: '<p>No fault is active: every request is answered normally.</p>';
	return `<section class="panel" id="faults"><h2>Faults</h2><ul class="presets">${presets.join('')}</ul>${active}
<p class="hint">Other faults (probability, bursts, a given operation): <a href="/__admin#faults">POST /__admin/faults</a>.</p></section>`;
}

function requestsPanel(state: SandboxState, system: string): string {
	const sys = state.log.counts().systems[system];
	if (!sys)
		return '<section class="panel" id="requests"><h2>Requests</h2><p>No requests since the reset.</p></section>';
	const rows: string[] = [];
	for (const [endpoint, e] of Object.entries(sys.endpoints)) {
		const ops = Object.entries(e.operations);
		rows.push(
			`<tr><td>${h(endpoint)}</td><td>${ops.map(([op, n]) => `${h(op)} ×${n}`).join(', ') || '—'}</td><td>${e.total}</td></tr>`,
		);
	}
	return `<section class="panel" id="requests"><h2>Requests since the reset (${sys.total})</h2><table><thead><tr><th>endpoint</th><th>operations</th><th>count</th></tr></thead><tbody>${rows.join('')}</tbody></table>
<p class="hint">Each request: <a href="/__admin/requests?system=${h(system)}">/__admin/requests?system=${h(system)}</a></p></section>`;
}

/** Data the webhook forms fill their lists from (refreshed with the page). */
function webhookData(state: SandboxState, system: string): unknown {
	const store = state.system(system)!.store;
	const options = (collection: string, label: (r: StoredRecord) => string) => {
		const records = store.list(collection);
		const ch = state.changes.collection(system, collection, records);
		// Changed records first: the one a person just made is the one they want to send.
		const ordered = [
			...records.filter((r) => ch.sinceReset.has(r.id)).reverse(),
			...records.filter((r) => !ch.sinceReset.has(r.id)),
		];
		return ordered.slice(0, MAX_OPTIONS).map((r) => ({ id: r.id, label: `${r.id} ${label(r)}`.trim() }));
	};
	const name = (r: StoredRecord): string =>
		short(
			r.fields.name ??
				r.fields.number ??
				r.fields.no ??
				r.fields.NAME ??
				r.fields.RECORDID ??
				r.fields.CUSTOMERID ??
				r.fields.VENDORID ??
				r.fields.DOCNUMBER ??
				'',
			50,
		);
	if (system === 'officernd') {
		const hooks = store.list('webhooks').map((r) => ({
			id: r.id,
			url: String(r.fields.url),
			eventTypes: (r.fields.eventTypes as string[]) ?? [],
			enabled: r.fields.isEnabled !== false,
		}));
		const records: Record<string, unknown> = {};
		for (const c of ['payments', 'charges', 'fees', 'companies', 'members', 'memberships'])
			records[c] = options(c, name);
		return { hooks, records };
	}
	if (system === 'scoro') {
		const subscriptions = store.list('webhooks').map((r) => ({
			id: r.id,
			module: String(r.fields.module),
			action: String(r.fields.action),
			url: String(r.fields.url),
		}));
		const records: Record<string, unknown> = {};
		for (const m of new Set(subscriptions.map((s) => s.module))) records[m] = options(m, name);
		return { subscriptions, records };
	}
	if (system === 'intacct') {
		const targets = intacctWebhookTargets();
		const records: Record<string, unknown> = {};
		for (const o of new Set([...targets.map((t) => t.object), 'CUSTOMER'])) records[o] = options(o, name);
		return { targets, records };
	}
	return {};
}

function webhookPanel(system: string): string {
	if (system === 'officernd') {
		return `<section class="panel" id="webhooks"><h2>Send an OfficeRnD webhook event</h2>
<p class="hint">OfficeRnD posts signed events (header <code>officernd-signature</code>) to the webhooks n8n registers when a workflow with an OfficeRnD Trigger in webhook mode is published (or waits for a test event). Registered webhooks are listed here.</p>
<form id="wh-officernd" data-action="send-officernd">
<label>Webhook <select name="webhookId" required></select></label>
<label>Event <select name="eventType" required></select></label>
<label>Record <select name="record" required></select></label>
<button type="submit">Send signed event</button>
<p class="empty-note" hidden>No webhook registered yet: publish a template whose OfficeRnD Trigger is in webhook mode (e.g. officernd-intacct/customers.json), or click "Execute workflow" on it with the trigger waiting, then come back.</p>
</form></section>`;
	}
	if (system === 'scoro') {
		return `<section class="panel" id="webhooks"><h2>Send a Scoro webhook event</h2>
<p class="hint">Scoro posts an event to every subscription of the record's module and action; n8n subscribes when a workflow with a Scoro Trigger in webhook mode is published. Subscriptions are listed here.</p>
<form id="wh-scoro" data-action="send-scoro">
<label>Subscription <select name="subscription" required></select></label>
<label>Record <select name="record" required></select></label>
<button type="submit">Send event</button>
<p class="empty-note" hidden>No subscription yet: publish a template whose Scoro Trigger is in webhook mode (e.g. scoro-intacct/invoices.json), then come back.</p>
</form></section>`;
	}
	if (system === 'intacct') {
		return `<section class="panel" id="webhooks"><h2>Send a Sage Intacct Platform Trigger post</h2>
<p class="hint">Intacct posts to the URL a Platform Trigger was given, with <code>Authorization: Bearer &lt;token&gt;</code> (the "Sage Intacct webhook token (sandbox)" credential). The templates' Intacct webhook triggers are listed; the URL is n8n's address + <code>webhook/&lt;id&gt;/webhook</code> (published workflow) or <code>webhook-test/…</code> (waiting in the editor).</p>
<form id="wh-intacct" data-action="send-intacct">
<label>n8n address <input name="n8n" value="http://127.0.0.1:5678/" size="26" required></label>
<label>Trigger <select name="target"></select></label>
<label><input type="checkbox" name="test"> test URL (editor waiting)</label>
<label>URL <input name="url" size="60" required></label>
<label>Object <input name="object" size="12" required></label>
<label>Record <select name="recordNo" required></select></label>
<label>Event <select name="event"><option>Set</option><option>Add</option><option>Delete</option></select></label>
<label>Token <input name="token" value="sandbox-intacct-webhook-token" size="30" required></label>
<button type="submit">Send post</button>
</form></section>`;
	}
	return `<section class="panel" id="webhooks"><h2>Webhooks</h2><p>The templates do not listen for ${h(system)} webhooks: they read it on a schedule or when you click "Execute workflow".</p></section>`;
}

/** GET /console/:system */
export function renderSystemPage(state: SandboxState, system: string, liveOnly = false): string {
	const { module, store } = state.system(system)!;
	const all = orderCollections(system, store.collectionNames());
	const filled = all.filter((c) => store.count(c) > 0);
	const empty = all.filter((c) => store.count(c) === 0);
	const s = summarize(state, system);
	const live = `${statusLine(state)}
<h2>${h(module.title)} <small>API ${h(state.baseUrl + module.prefix)}</small></h2>
<p class="changes">${h(summaryText(s))}</p>
<p class="toc">${filled.map((c) => `<a href="#c-${h(c)}">${h(collectionLabel(system, c))} (${store.count(c)})</a>`).join(' · ')}${empty.length ? `<br><small>Empty: ${empty.map((c) => h(collectionLabel(system, c))).join(', ')}</small>` : ''}</p>
${faultsPanel(state, system)}
${filled.map((c) => collectionSection(state, system, c)).join('\n')}
${requestsPanel(state, system)}
<script type="application/json" id="console-data">${JSON.stringify(webhookData(state, system)).replace(/</g, '\\u003c')}</script>`;
	return liveOnly ? live : layout(module.title, state, system, webhookPanel(system), live);
}
