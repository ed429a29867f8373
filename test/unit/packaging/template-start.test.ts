/**
 * Issue 13 items 2, 5 and 8 (tags), checked on every template JSON as shipped:
 * - "Execute workflow" runs the manual trigger. The rule below is n8n 2.41.1's own: the editor
 *   (n8n-editor-ui, workflows.store `CC`, called by NodeView when a workflow opens) sorts the
 *   enabled trigger nodes by a fixed rank and selects the first:
 *     Form Trigger 10, Webhook 9, any node NOT in the "Core Nodes" codex category (every community
 *     trigger, ours included) 8, Schedule Trigger 7, Manual Trigger 6, Execute Workflow Trigger 5,
 *     Error Trigger 4, other core triggers 0; disabled triggers are skipped; ties keep node order.
 *   So a template's live triggers (ours, the Schedule Trigger) must ship disabled.
 *   test/browser/newcomer.test.ts proves the same in the real editor.
 * - The first sticky note says the run order (and which templates must have run first), and how
 *   to go live (switch the live triggers on, then publish).
 * - Tags: one per system pair, one per step of the run order.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const DIR = path.join(ROOT, 'workflows');

interface Node {
	name: string;
	type: string;
	disabled?: boolean;
	position: [number, number];
	parameters: Record<string, unknown>;
}
interface Workflow {
	id: string;
	name: string;
	nodes: Node[];
	tags?: Array<{ id: string; name: string }>;
}

const templates = fs
	.readdirSync(DIR, { withFileTypes: true })
	.filter((d) => d.isDirectory() && d.name !== 'common')
	.flatMap((d) =>
		fs
			.readdirSync(path.join(DIR, d.name))
			.filter((f) => f.endsWith('.json'))
			.map((f) => `${d.name}/${f}`),
	)
	.sort();
const load = (rel: string): Workflow => JSON.parse(fs.readFileSync(path.join(DIR, rel), 'utf8')) as Workflow;

/** Our node types, from the package's own codex files (nodes/<Node>/<Node>.node.json). */
const codexCategories = new Map<string, string[]>();
for (const dir of fs.readdirSync(path.join(ROOT, 'nodes'))) {
	for (const f of fs.existsSync(path.join(ROOT, 'nodes', dir)) ? fs.readdirSync(path.join(ROOT, 'nodes', dir)) : []) {
		if (!f.endsWith('.node.json')) continue;
		const codex = JSON.parse(fs.readFileSync(path.join(ROOT, 'nodes', dir, f), 'utf8')) as {
			node: string;
			categories?: string[];
		};
		codexCategories.set(codex.node, codex.categories ?? []);
	}
}

const RANK: Record<string, number> = {
	'n8n-nodes-base.formTrigger': 10,
	'n8n-nodes-base.webhook': 9,
	'n8n-nodes-base.scheduleTrigger': 7,
	'n8n-nodes-base.manualTrigger': 6,
	'n8n-nodes-base.executeWorkflowTrigger': 5,
	'n8n-nodes-base.errorTrigger': 4,
};
const isTrigger = (type: string) => /(Trigger|webhook)$/.test(type);
const isCore = (type: string) =>
	type.startsWith('n8n-nodes-base.') ? true : (codexCategories.get(type) ?? []).includes('Core Nodes');
const rank = (type: string) => RANK[type] ?? (isCore(type) ? 0 : 8);

/** The trigger n8n 2.41.1's editor selects for "Execute workflow" when the workflow opens. */
function editorDefaultTrigger(wf: Workflow): Node | undefined {
	// Array.prototype.sort is stable (ES2019), like the editor's toSorted.
	return [...wf.nodes.filter((n) => isTrigger(n.type))]
		.sort((a, b) => rank(b.type) - rank(a.type))
		.find((n) => !n.disabled);
}

const firstSticky = (wf: Workflow) =>
	[...wf.nodes.filter((n) => n.type === 'n8n-nodes-base.stickyNote')].sort(
		(a, b) => a.position[1] - b.position[1] || a.position[0] - b.position[0],
	)[0];

describe('templates as shipped: what a newcomer meets first', () => {
	it('finds all 23 sync templates and reads our trigger codex files', () => {
		expect(templates).toHaveLength(23);
		expect(rank('n8n-nodes-intacct-sync.officeRndTrigger')).toBe(8); // not a core node: outranks the manual trigger
	});

	it.each(templates)('%s: "Execute workflow" runs the manual trigger', (rel) => {
		const wf = load(rel);
		const manual = wf.nodes.find((n) => n.type === 'n8n-nodes-base.manualTrigger');
		expect(manual).toBeDefined();
		expect([rel, editorDefaultTrigger(wf)?.name]).toEqual([rel, manual!.name]);
	});

	it.each(templates)('%s: the first sticky note gives the run order and how to go live', (rel) => {
		const wf = load(rel);
		const content = String(firstSticky(wf).parameters.content);
		expect(content).toMatch(/\*\*Run order\*\*/);
		const live = wf.nodes.filter((n) => isTrigger(n.type) && rank(n.type) > 6);
		for (const n of live) expect(content).toContain(`*${n.name}*`);
		if (live.length) expect(content).toMatch(/press \*\*D\*\* \(Activate\), then \*\*Publish\*\*/);
		// A template that needs others names them by their workflow names (as n8n's list shows them).
		const needs = /run ('.*') first\./.exec(content)?.[1];
		if (needs) {
			const names = new Set(templates.map((t) => load(t).name));
			for (const [, name] of needs.matchAll(/'([^']+)'/g)) expect([rel, names.has(name)]).toEqual([rel, true]);
		}
	});

	it.each(templates)('%s: tagged with its system pair and its step', (rel) => {
		const wf = load(rel);
		const names = (wf.tags ?? []).map((t) => t.name);
		const pair = { officernd: 'OfficeRnD ↔ Intacct', released: 'Re-Leased ↔ Intacct', scoro: 'Scoro ↔ Intacct' }[
			rel.split('/')[0].replace(/-?intacct-?/, '')
		];
		expect(names).toContain(pair);
		if (rel !== 'officernd-intacct/invoices-csv.json') expect(names.some((n) => /^Step [123]: /.test(n))).toBe(true);
		// Fixed tag ids: one n8n import of several templates must not create the same tag twice.
		for (const t of wf.tags ?? []) expect(t.id).toMatch(/^tag[A-Za-z0-9]{12}$/);
	});

	it('the step in the sticky note is the step in the tags', () => {
		for (const rel of templates) {
			const wf = load(rel);
			const step = /step (\d) of 3/.exec(String(firstSticky(wf).parameters.content))?.[1];
			const tag = (wf.tags ?? []).map((t) => /^Step (\d)/.exec(t.name)?.[1]).find(Boolean);
			expect([rel, step]).toEqual([rel, tag]);
		}
	});
});
