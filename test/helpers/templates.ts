/**
 * Shared machinery for the end-to-end tests of the workflow templates in workflows/: one sandbox,
 * one real n8n with the package installed and the sandbox credentials imported (the same ids the
 * templates reference), then import + execute a template exactly as shipped.
 */
import { readFileSync } from 'fs';
import path from 'path';
import { startSandbox, type Sandbox } from '../../sandbox/server';
import { nodeOutput, prepareN8n, type N8nInstance, type N8nRun, type WorkflowJson } from './n8n';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { sandboxCredentials } = require('../../scripts/sandbox-credentials.js') as {
	sandboxCredentials(url: string): Array<{ id: string; name: string; type: string; data: Record<string, unknown> }>;
};

export const WORKFLOWS_DIR = path.resolve(__dirname, '../../workflows');

export interface TemplateEnv {
	sandbox: Sandbox;
	n8n: N8nInstance;
	/** Records of one sandbox collection, as the sandbox stores them (fields only). */
	records(system: string, collection: string): Array<Record<string, unknown>>;
	/** Imports (or re-imports) a template as shipped and executes it from its manual trigger. */
	run(template: string): Promise<N8nRun>;
}

/**
 * A template as a user runs it live: as shipped, with its live triggers (schedule, webhook and
 * polling triggers) switched on. They ship switched off so that the editor's "Execute workflow"
 * runs the manual trigger (issue 13 item 2: n8n 2.41 picks the highest-ranked enabled trigger,
 * and ranks every community trigger and the Schedule Trigger above the Manual Trigger); the first
 * sticky note tells the user to switch them on before publishing, which is what this does.
 * `asShipped` reads the file untouched.
 */
export function loadTemplate(relativePath: string, opts: { asShipped?: boolean } = {}): WorkflowJson {
	const wf = JSON.parse(readFileSync(path.join(WORKFLOWS_DIR, relativePath), 'utf8')) as WorkflowJson;
	if (opts.asShipped) return wf;
	for (const node of wf.nodes as Array<{ type?: string; disabled?: boolean }>) {
		if (node.disabled && LIVE_TRIGGER.test(String(node.type)) && !PASSIVE.has(String(node.type))) delete node.disabled;
	}
	return wf;
}

const LIVE_TRIGGER = /(Trigger|webhook)$/;
const PASSIVE = new Set([
	'n8n-nodes-base.manualTrigger',
	'n8n-nodes-base.errorTrigger',
	'n8n-nodes-base.executeWorkflowTrigger',
]);

/**
 * Starts the sandbox on a free 127.0.0.1 port and a prepared n8n. The caller closes the sandbox
 * and calls cleanup() from test/helpers/n8n.ts in afterAll.
 */
export async function templateEnv(): Promise<TemplateEnv> {
	const sandbox = await startSandbox({ port: 0 });
	const n8n = await prepareN8n();
	await n8n.importCredentials(sandboxCredentials(sandbox.url));
	const imported = new Set<string>();
	return {
		sandbox,
		n8n,
		records(system, collection) {
			const runtime = sandbox.state.system(system);
			if (!runtime) throw new Error(`The sandbox has no system "${system}"`);
			const store = runtime.store;
			return store.list(collection).map((r) => ({ ...r.fields }));
		},
		async run(template) {
			const wf = loadTemplate(template);
			if (!wf.id) throw new Error(`Template ${template} has no id; templates carry fixed ids`);
			if (!imported.has(wf.id)) {
				await n8n.importWorkflow(wf);
				imported.add(wf.id);
			}
			return await n8n.executeWorkflow(wf.id);
		},
	};
}

type Rec = Record<string, unknown>;

/** A template run succeeded; on failure, prints what explains it (e.g. the failure log) first. */
export function expectTemplateSuccess(run: N8nRun, diagnostics: () => unknown = () => undefined): void {
	if (run.status !== 'success')
		console.log(run.errorMessage, JSON.stringify(run.data?.resultData?.error ?? {}).slice(0, 2000), diagnostics());
	expect(run.errorMessage).toBeUndefined();
	expect(run.status).toBe('success');
}

/** Output items of every run of a node (a node fed by several branches runs once per branch). */
export function allRuns(run: N8nRun, node: string): Rec[] {
	return (run.data.resultData.runData[node] ?? []).flatMap((_, r) => nodeOutput(run, node, 0, r));
}

/** Failed items as described for the error workflow (every "Describe: …" node's output). */
export function failedItems(run: N8nRun): Rec[] {
	return Object.keys(run.data.resultData.runData)
		.filter((n) => n.startsWith('Describe: '))
		.flatMap((n) => allRuns(run, n));
}

/**
 * Waits for something a started n8n does in the background (a webhook-started run's write, a
 * subscription): polls `fn` until it gives a value; times out naming `what` and, when given, what
 * explains it (e.g. the failure log).
 */
export async function waitFor<T>(
	what: string,
	fn: () => T | undefined | null | false,
	timeoutMs = 60_000,
	diagnostics: () => unknown = () => '',
): Promise<T> {
	const until = Date.now() + timeoutMs;
	for (;;) {
		const value = fn();
		if (value !== undefined && value !== null && value !== false) return value;
		if (Date.now() > until)
			throw new Error(`timed out waiting for ${what} ${JSON.stringify(diagnostics() ?? '').slice(0, 3000)}`);
		await new Promise((r) => setTimeout(r, 250));
	}
}
