import { escapeHtml as h } from './http';
import type { SandboxState } from './state';

/** Rows shown per collection; the page says when more exist. */
export const STATUS_PAGE_MAX_ROWS = 200;

function cell(value: unknown): string {
	if (value === undefined || value === null) return '';
	return h(typeof value === 'string' ? value : JSON.stringify(value));
}

/** The HTML status page at GET /. Every value is escaped. */
export function renderStatusPage(state: SandboxState): string {
	const counts = state.log.counts();
	const sections: string[] = [];
	for (const [name, { module, store }] of state.systems) {
		const collections = store.collectionNames();
		const parts: string[] = [];
		parts.push(`<section id="system-${h(name)}"><h2>${h(module.title)} <small>${h(module.prefix)}</small></h2>`);
		parts.push('<ul class="collections">');
		for (const c of collections) parts.push(`<li>${h(c)}: <b>${store.count(c)}</b> records</li>`);
		parts.push('</ul>');
		for (const c of collections) {
			const records = store.list(c);
			const columns =
				store.displayFields(c) ??
				[...new Set(records.slice(0, 20).flatMap((r) => Object.keys(r.fields)))].slice(0, 8);
			parts.push(`<h3>${h(c)} (${records.length})</h3>`);
			parts.push('<table><thead><tr><th>id</th>');
			for (const col of columns) parts.push(`<th>${h(col)}</th>`);
			parts.push('<th>modified</th></tr></thead><tbody>');
			for (const r of records.slice(0, STATUS_PAGE_MAX_ROWS)) {
				parts.push(`<tr><td>${h(r.id)}</td>`);
				for (const col of columns) parts.push(`<td>${cell(r.fields[col])}</td>`);
				parts.push(`<td>${h(r.modifiedAt)}</td></tr>`);
			}
			parts.push('</tbody></table>');
			if (records.length > STATUS_PAGE_MAX_ROWS) {
				parts.push(`<p>${records.length - STATUS_PAGE_MAX_ROWS} more; see /__admin/state/${h(name)}</p>`);
			}
		}
		const sys = counts.systems[name];
		parts.push('<h3>Requests</h3>');
		if (!sys) {
			parts.push('<p>No requests yet.</p>');
		} else {
			parts.push('<table class="counts"><thead><tr><th>endpoint</th><th>operation</th><th>count</th></tr></thead><tbody>');
			for (const [endpoint, e] of Object.entries(sys.endpoints)) {
				parts.push(`<tr><td>${h(endpoint)}</td><td>(all)</td><td>${e.total}</td></tr>`);
				for (const [op, n] of Object.entries(e.operations)) {
					parts.push(`<tr><td>${h(endpoint)}</td><td>${h(op)}</td><td>${n}</td></tr>`);
				}
			}
			parts.push('</tbody></table>');
		}
		parts.push('</section>');
		sections.push(parts.join('\n'));
	}
	const faults = state.faults.list();
	return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>n8n-nodes-intacct-sync sandbox</title>
<style>
body{font-family:system-ui,sans-serif;margin:2rem;color:#222}
table{border-collapse:collapse;margin:.5rem 0 1.5rem;font-size:.85rem}
th,td{border:1px solid #ccc;padding:.2rem .5rem;text-align:left;vertical-align:top}
th{background:#f3f3f3} small{color:#777;font-weight:normal}
</style></head><body>
<h1>Sandbox</h1>
<p>Clock: ${h(state.clock.now().toISOString())}${state.clock.describe().frozen ? ' (frozen)' : ''}.
Requests logged: ${counts.total}. Active faults: ${faults.length}. Admin API: <code>/__admin</code>.</p>
${sections.join('\n')}
</body></html>`;
}
