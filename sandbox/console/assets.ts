import { FAULT_PRESETS } from './faults';

/** The console's style sheet (inline: one request per page, nothing to install). */
export const CONSOLE_CSS = `
body{font-family:system-ui,sans-serif;margin:0 1.5rem 3rem;color:#1f2328;background:#fff}
header{display:flex;flex-wrap:wrap;align-items:baseline;gap:1rem;border-bottom:1px solid #d0d7de}
h1{font-size:1.3rem;margin:.8rem 0} h1 small,h2 small,h3 small{color:#656d76;font-weight:normal;font-size:.8rem}
nav a{margin-right:.9rem;text-decoration:none;color:#0969da;padding:.2rem .1rem} nav a[aria-current]{font-weight:bold;border-bottom:3px solid #fd8c73}
#bar{position:sticky;top:0;background:#f6f8fa;border-bottom:1px solid #d0d7de;padding:.4rem .6rem;margin:0 -1.5rem;display:flex;gap:1rem;align-items:center;z-index:2}
#flash.ok{color:#1a7f37;font-weight:bold} #flash.bad{color:#cf222e;font-weight:bold}
.status{color:#424a53;font-size:.9rem} .legend{font-size:.8rem} .hint{color:#656d76;font-size:.85rem}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(20rem,1fr));gap:1rem}
.card{border:1px solid #d0d7de;border-radius:6px;padding:.2rem 1rem} .card.has-changes{border-color:#1a7f37;box-shadow:0 0 0 2px #dafbe1}
.card h2{font-size:1.1rem} .counts{columns:2;font-size:.9rem;padding-left:1rem}
.changes{font-weight:600}
.panel{border:1px solid #d0d7de;border-radius:6px;padding:.2rem 1rem;margin:1rem 0} .panel h2{font-size:1rem}
.presets{list-style:none;padding:0} .presets li{margin:.25rem 0}
button{font:inherit;cursor:pointer;border:1px solid #d0d7de;border-radius:6px;background:#f6f8fa;padding:.15rem .7rem}
button.toggle{min-width:3.2rem} button.toggle.on{background:#cf222e;border-color:#a40e26;color:#fff;font-weight:bold}
form label{display:inline-block;margin:.2rem .8rem .2rem 0} form select{max-width:28rem}
table{border-collapse:collapse;margin:.4rem 0 1rem;font-size:.82rem;width:100%}
th,td{border:1px solid #d8dee4;padding:.2rem .45rem;text-align:left;vertical-align:top} th{background:#f6f8fa}
td.id{font-family:ui-monospace,monospace;font-size:.75rem;white-space:nowrap}
.collection h3{font-size:1rem;margin:1.4rem 0 .2rem} .count{color:#656d76;font-weight:normal;font-size:.85rem}
.pill{background:#ddf4ff;border-radius:1rem;padding:0 .5rem;font-size:.75rem;font-weight:normal}
.badge{display:inline-block;border-radius:1rem;padding:0 .45rem;font-size:.72rem;white-space:nowrap;border:1px solid transparent}
.badge.new{background:#dafbe1;border-color:#4ac26b} .badge.changed{background:#fff8c5;border-color:#d4a72c}
.badge.run{font-weight:bold;border-width:2px}
tr.chg.new{background:#f0fff4} tr.chg.changed{background:#fffbe6}
tr.chg.run.new{background:#dafbe1} tr.chg.run.changed{background:#fff1b3}
tr.run td:first-child{box-shadow:inset 4px 0 #1a7f37}
td.diff{background:#ffd33d;font-weight:bold}
.difflist{background:#fff8c5;padding:.2rem .4rem;margin:.2rem 0}
pre{max-height:20rem;overflow:auto;background:#f6f8fa;padding:.4rem;margin:.2rem 0;font-size:.75rem}
body.only-changed tr[data-id]:not(.chg){display:none} body.only-changed section.collection:not(.has-changes){display:none}
code{font-size:.8rem}
`;

/**
 * The console's script: auto refresh of #live (keeping open records open), the buttons (reset,
 * faults) and the webhook forms, all through the admin API. Plain browser JavaScript, no build step.
 */
export const CONSOLE_JS = `(() => {
'use strict';
const PRESETS = ${JSON.stringify(Object.fromEntries(FAULT_PRESETS.map((p) => [p.id, p.fault])))};
const OFFICERND_EVENT_COLLECTIONS = [['invoice.charge', 'charges'], ['invoice', 'payments'], ['fee', 'fees'], ['company', 'companies'], ['membership', 'memberships'], ['member', 'members']];
const live = document.getElementById('live');
const flash = document.getElementById('flash');
const system = document.body.dataset.system;
const auto = document.getElementById('auto-refresh');
const only = document.getElementById('only-changed');
const keep = window.localStorage;
const say = (text, ok) => { flash.textContent = text; flash.className = ok === false ? 'bad' : 'ok'; };
auto.checked = keep.getItem('console.auto') !== 'off';
only.checked = keep.getItem('console.only') === 'on';
const applyOnly = () => document.body.classList.toggle('only-changed', only.checked);
applyOnly();
auto.addEventListener('change', () => keep.setItem('console.auto', auto.checked ? 'on' : 'off'));
only.addEventListener('change', () => { keep.setItem('console.only', only.checked ? 'on' : 'off'); applyOnly(); });

let refreshes = 0;
let busy = false;
async function refresh() {
	if (busy) return;
	busy = true;
	try {
		const res = await fetch(location.pathname + '?live=1', { cache: 'no-store' });
		if (!res.ok) throw new Error('HTTP ' + res.status);
		const html = await res.text();
		const open = new Set([...live.querySelectorAll('details[open]')].map((d) => d.dataset.key));
		live.innerHTML = html;
		for (const d of live.querySelectorAll('details')) if (open.has(d.dataset.key)) d.open = true;
		fillForms();
		document.body.dataset.refreshes = String(++refreshes);
	} catch (e) {
		say('Refresh failed (is the sandbox still running?): ' + e.message, false);
	} finally {
		busy = false;
	}
}
setInterval(() => { if (auto.checked && !document.hidden) refresh(); }, 3000);

async function call(method, url, body) {
	const res = await fetch(url, { method, headers: body ? { 'content-type': 'application/json' } : {}, body: body ? JSON.stringify(body) : undefined });
	const text = await res.text();
	let data = text;
	try { data = JSON.parse(text); } catch (_) { /* not JSON */ }
	if (!res.ok) throw new Error((data && data.error ? data.error : 'HTTP ' + res.status) + (data && (data.details || data.issues) ? ': ' + JSON.stringify(data.details || data.issues) : ''));
	return data;
}

document.addEventListener('click', async (ev) => {
	const btn = ev.target.closest && ev.target.closest('button[data-action]');
	if (!btn) return;
	const action = btn.dataset.action;
	btn.disabled = true;
	try {
		if (action === 'reset') {
			const sys = btn.dataset.system;
			await call('POST', '/__admin/reset' + (sys ? '?system=' + encodeURIComponent(sys) : ''));
			say(sys ? 'Reset ' + sys + ': seed data back, log and faults cleared.' : 'Reset all systems: seed data back, log and faults cleared.');
		} else if (action === 'fault-on') {
			const f = await call('POST', '/__admin/faults', Object.assign({ system }, PRESETS[btn.dataset.preset]));
			say('Fault #' + f.id + ' on: ' + btn.parentElement.textContent.replace(/^\\s*(On|Off)\\s*/, ''));
		} else if (action === 'fault-off' || action === 'fault-remove') {
			await call('DELETE', '/__admin/faults/' + encodeURIComponent(btn.dataset.fault));
			say('Fault #' + btn.dataset.fault + ' off.');
		}
	} catch (e) {
		say(e.message, false);
	} finally {
		btn.disabled = false;
	}
	await refresh();
});

function data() {
	const el = document.getElementById('console-data');
	try { return el ? JSON.parse(el.textContent) : {}; } catch (_) { return {}; }
}
// Controls are never named "id": a form's named controls shadow its own properties (form.id).
/** Replaces a select's options when they changed, keeping the chosen value. */
function options(select, list) {
	if (!select) return;
	const sig = JSON.stringify(list);
	if (select.dataset.sig === sig) return;
	const prev = select.value;
	select.innerHTML = '';
	for (const [value, label] of list) {
		const o = document.createElement('option');
		o.value = value;
		o.textContent = label;
		select.appendChild(o);
	}
	select.dataset.sig = sig;
	if (list.some(([v]) => v === prev)) select.value = prev;
	select.dispatchEvent(new Event('change', { bubbles: true }));
}
const recordOptions = (list) => (list || []).map((r) => [r.id, r.label]);

function fillForms() {
	const d = data();
	const ornd = document.getElementById('wh-officernd');
	if (ornd && d.hooks) {
		ornd.querySelector('.empty-note').hidden = d.hooks.length > 0;
		options(ornd.elements.webhookId, d.hooks.map((h) => [h.id, h.url + ' (' + h.eventTypes.join(', ') + ')' + (h.enabled ? '' : ' [disabled]')]));
		fillOfficeRnd(ornd, d);
	}
	const scoro = document.getElementById('wh-scoro');
	if (scoro && d.subscriptions) {
		scoro.querySelector('.empty-note').hidden = d.subscriptions.length > 0;
		options(scoro.elements.subscription, d.subscriptions.map((s) => [s.id, s.module + ' ' + s.action + ' → ' + s.url]));
		fillScoro(scoro, d);
	}
	const ia = document.getElementById('wh-intacct');
	if (ia && d.targets) {
		if (!ia.dataset.init) {
			ia.elements.n8n.value = keep.getItem('console.n8n') || ia.elements.n8n.value;
			ia.dataset.init = '1';
		}
		options(ia.elements.target, [...d.targets.map((t) => [t.webhookId, t.template + ' · ' + t.node + ' (' + t.object + ')']), ['', 'another URL (type it below)']]);
		fillIntacct(ia, d);
	}
}
function fillOfficeRnd(form, d) {
	const hook = (d.hooks || []).find((h) => h.id === form.elements.webhookId.value);
	options(form.elements.eventType, (hook ? hook.eventTypes : []).map((e) => [e, e]));
	const ev = form.elements.eventType.value || '';
	const hit = OFFICERND_EVENT_COLLECTIONS.find(([p]) => ev.startsWith(p + '.'));
	form.dataset.collection = hit ? hit[1] : 'payments';
	options(form.elements.record, recordOptions((d.records || {})[form.dataset.collection]));
}
function fillScoro(form, d) {
	const sub = (d.subscriptions || []).find((s) => s.id === form.elements.subscription.value);
	options(form.elements.record, recordOptions(sub ? (d.records || {})[sub.module] : []));
}
function fillIntacct(form, d) {
	const t = (d.targets || []).find((x) => x.webhookId === form.elements.target.value);
	if (t) {
		const base = form.elements.n8n.value.replace(/\\/*$/, '/');
		form.elements.url.value = base + (form.elements.test.checked ? 'webhook-test/' : 'webhook/') + t.webhookId + '/webhook';
		if (form.dataset.target !== t.webhookId) form.elements.object.value = t.object;
		form.dataset.target = t.webhookId;
	}
	options(form.elements.recordNo, recordOptions((d.records || {})[form.elements.object.value]));
}
document.addEventListener('change', (ev) => {
	const form = ev.target.form;
	if (!form) return;
	const d = data();
	if (form.id === 'wh-officernd' && ev.target.name !== 'record') fillOfficeRnd(form, d);
	if (form.id === 'wh-scoro' && ev.target.name === 'subscription') fillScoro(form, d);
	if (form.id === 'wh-intacct' && ev.target.name !== 'recordNo' && ev.target.name !== 'url') {
		if (ev.target.name === 'n8n') keep.setItem('console.n8n', form.elements.n8n.value);
		fillIntacct(form, d);
	}
});

document.addEventListener('submit', async (ev) => {
	const form = ev.target;
	ev.preventDefault();
	const e = form.elements;
	const button = form.querySelector('button[type=submit]');
	button.disabled = true;
	try {
		if (form.id === 'wh-officernd') {
			const r = await call('POST', '/__admin/officernd/deliver', { webhookId: e.webhookId.value, eventType: e.eventType.value, collection: form.dataset.collection, id: e.record.value });
			say('OfficeRnD ' + r.eventType + ' for ' + (r.objectId || e.record.value) + ' → ' + r.url + ': ' + (typeof r.status === 'number' ? 'HTTP ' + r.status : r.status + (r.error ? ' (' + r.error + ')' : '')), typeof r.status === 'number' && r.status < 300);
		} else if (form.id === 'wh-scoro') {
			const sub = (data().subscriptions || []).find((s) => s.id === e.subscription.value);
			if (!sub) throw new Error('choose a subscription');
			const sent = await call('POST', '/__admin/scoro/events', { module: sub.module, action: sub.action, id: e.record.value });
			say('Scoro ' + sub.module + ' ' + sub.action + ' for ' + e.record.value + ' sent to ' + sent.length + ' subscription(s): ' + sent.map((s) => s.url).join(', '));
		} else if (form.id === 'wh-intacct') {
			const r = await call('POST', '/__admin/intacct/webhook', { url: e.url.value, token: e.token.value, object: e.object.value, recordNo: e.recordNo.value, event: e.event.value, maxAttempts: 1 });
			const a = r.attempts[r.attempts.length - 1] || {};
			say('Intacct ' + e.event.value + ' ' + e.object.value + ' ' + e.recordNo.value + ' → ' + e.url.value + ': ' + (typeof a.status === 'number' ? 'HTTP ' + a.status : a.status), typeof a.status === 'number' && a.status < 300);
		}
	} catch (err) {
		say(err.message, false);
	} finally {
		button.disabled = false;
	}
	setTimeout(refresh, 500);
});

fillForms();
})();`;
