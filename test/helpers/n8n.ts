/**
 * End-to-end harness: real n8n 2.41.1 (installed by scripts/install-n8n.js) with THIS package
 * loaded as a community package, exactly as a user who installed it from the n8n UI gets it
 * (node types `n8n-nodes-intacct-sync.<node>`), so shipped templates run unchanged.
 *
 *   const n8n = await prepareN8n();                    // temp N8N_USER_FOLDER, package linked
 *   await n8n.importCredentials([{ id, name, type, data }]);
 *   await n8n.importWorkflow(workflowJson);             // or an array: one CLI call for all
 *   const run = await n8n.executeWorkflow(id);          // REST run in the instance's started n8n
 *                                                       // ({ cli: true } / N8N_E2E_RUN=cli: `n8n execute`)
 *   expect(run.status).toBe('success');
 *   expect(nodeOutput(run, 'Set')).toEqual([{ ... }]);
 *   const server = await n8n.startN8n({ publish: [webhookWorkflowId] });
 *   await fetch(`${server.url}webhook/<path>`, ...); await server.stop();
 *   afterAll(() => cleanup());                          // kills every process, removes temp folders
 *
 * The functions are also exported at module level (they use the last prepared instance).
 *
 * Measured on this project's machine (2 cores), n8n 2.41.1 on Node 24.21, machine otherwise idle:
 *   - install (scripts/install-n8n.js): 264 s fresh with a warm npm cache (168 s `npm install` +
 *     96 s compiling sqlite3); reused afterwards in about 0.1 s.
 *   - every CLI command boots n8n (loads ~630 node types, opens SQLite): 3.3-4.8 s each; the first
 *     command on a new user folder also runs the DB migrations: 4.5-6 s in all.
 *     Measured: import:workflow (fresh folder) 4.5-6.2 s, execute 3.3 s, import 3.4 s,
 *     publish:workflow 4.8 s, `n8n start` until ready 8-15 s; the smoke test file 42-45 s.
 *     With the machine loaded by parallel test runs (load 12 on 2 cores) all of these took 3-4x.
 *   - So: batch. Pass all workflows of a test file to ONE importWorkflow([...]) call (one boot;
 *     written as one array file; `--separate --input=dir` costs the same boot), import all
 *     credentials in one call, and share one prepared instance per test file (beforeAll).
 *   - publish:workflow takes one id per call in 2.41 (`--all` is gone).
 *   - Disabling n8n modules (N8N_DISABLED_MODULES) did not make boots measurably faster.
 *
 * Runs through one started n8n (the default since issue 14): the first executeWorkflow of an
 * instance starts `n8n start` (owner set up through POST /rest/owner/setup) and keeps it until
 * cleanup(); every run is POST /rest/workflows/:id/run (from the start node `n8n execute` picks) and
 * GET /rest/executions/:id until it ends, its flatted data rebuilt into the same IRun. While it
 * runs, importWorkflow saves unpublished workflows through POST/PATCH /rest/workflows too.
 * Measured on the shared 2-core machine at load 20-30 (8 agents): `n8n execute` 20-40 s per run,
 * import:workflow 51-57 s; on the server a run took 1.2-3.8 s and a REST save of two workflows
 * 1.6 s; starting the server cost 91-118 s once per file (8-15 s on an idle machine).
 * Differences to `n8n execute`: the mode is 'manual' (so after a run that FAILS as a whole n8n does
 * not start settings.errorWorkflow; items a template sends to the error handler by Execute Workflow
 * are unaffected); a workflow published (with a trigger/webhook) before the server exists makes
 * executeWorkflow use the CLI (a started n8n would activate it beside the test's own server).
 * Tests that need a process of their own (SIGKILL, CLI output) keep runCli(['execute', …]).
 *
 * Surprises of the 2.41.1 CLI worth knowing:
 *   - `import:workflow` always deactivates imported workflows in regular mode (`--activeState=fromJson`
 *     is refused outside queue mode); webhooks/polling need `publish:workflow --id` (before start:
 *     the command writes the DB only, a running n8n does not notice).
 *   - `n8n start` answers /healthz BEFORE it has activated published workflows; ready = the
 *     "Editor is now accessible via" line. startN8n waits for both.
 *   - `execute --rawOutput` prints the run as pretty JSON on stdout after log lines; a failed run is
 *     printed through the logger instead ("Execution was NOT successful") and the exit code is 1.
 *     parseRunOutput() finds the run in both cases.
 *   - The task-runner broker listens on 5679 by default in `start` and `execute`: every command
 *     here gets its own free port (N8N_RUNNERS_BROKER_PORT) so runs never collide with `npm start`.
 *   - 2.41 activates published workflows asynchronously by default (workflow publication service,
 *     10 s reconcile loop), so even "Editor is now accessible" does not mean webhooks are
 *     registered (a POST got 404 under load). startN8n sets N8N_USE_WORKFLOW_PUBLICATION_SERVICE=false:
 *     the classic manager activates them before that line and logs `Activated workflow "…" (ID: …)`;
 *     RunningN8n.activated lists those ids.
 *   - Under load, `execute` sometimes ends with SIGSEGV at process exit, after printing the run; the
 *     harness reads the run regardless of the exit code.
 *   - NODE_ENV=test (set by jest) makes n8n use a throw-away database per command: the harness
 *     removes it from the env of every n8n process.
 *   - If a file listed in package.json `n8n.nodes` is missing from dist/, n8n skips the WHOLE package
 *     and only logs `Failed to load package`; workflows then fail with "Unrecognized node type".
 *     executeWorkflow errors carry that log line (packageLoadError()).
 *   - N8N_RUNNERS_ENABLED no longer exists (runners are always on, internal mode). The Python
 *     runner warning ("virtual environment missing") is harmless.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import type { IDataObject, IRun, ITaskData } from 'n8n-workflow';

/* ------------------------------------------------------------------ install script */

interface N8nPaths {
	cacheDir: string;
	nodeBinDir: string;
	nodeBin: string;
	n8nBin: string;
	env(extra?: Record<string, string>): NodeJS.ProcessEnv;
}
interface InstallerApi {
	ensureN8n(options?: { force?: boolean; quiet?: boolean; cacheDir?: string }): Promise<N8nPaths>;
	n8nPaths(cacheDir?: string): N8nPaths;
	isInstalled(cacheDir?: string): boolean;
	PINNED: { n8n: string; node: string };
	REPO_ROOT: string;
	LOCAL_N8N_ENV: Readonly<Record<string, string>>;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const installer = require('../../scripts/install-n8n.js') as InstallerApi;

export const REPO_ROOT = installer.REPO_ROOT;
export const PACKAGE_NAME: string = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')).name;
export const PINNED_N8N_VERSION = installer.PINNED.n8n;

const VERBOSE = process.env.N8N_E2E_VERBOSE === '1';
/** How executeWorkflow runs a workflow: 'server' (default, REST on one started n8n) or 'cli' (`n8n execute`). */
const RUN_PATH: 'server' | 'cli' = process.env.N8N_E2E_RUN === 'cli' ? 'cli' : 'server';
/** Header n8n binds its auth cookie to (any constant works; it must be sent with every request). */
const BROWSER_ID = 'n8n-e2e-harness';
/** Node types that never make a published workflow act by itself (no poller, no webhook). */
const PASSIVE_TRIGGERS = new Set([
	'n8n-nodes-base.manualTrigger',
	'n8n-nodes-base.errorTrigger',
	'n8n-nodes-base.executeWorkflowTrigger',
	'n8n-nodes-base.start',
]);
/** The start node `n8n execute` picks (n8n's findCliWorkflowStart): the sub-workflow trigger, else a manual one. */
const MANUAL_STARTS = ['@n8n/n8n-nodes-langchain.manualChatTrigger', 'n8n-nodes-base.manualTrigger'];

// jest's per-project `testTimeout` is ignored (only the global one is read, jest 30.5), so every
// test file that uses real n8n gets a long default here; `npm run test:e2e` also passes --testTimeout.
if (typeof jest !== 'undefined') jest.setTimeout(10 * 60_000);
function debug(msg: string): void {
	if (VERBOSE) process.stderr.write(`[n8n-harness] ${msg}\n`);
}

/* ------------------------------------------------------------------ types */

export interface CredentialInput {
	id: string;
	name: string;
	type: string;
	/** Plain fields; n8n encrypts them on import. */
	data: Record<string, unknown>;
}

export interface WorkflowJson {
	id?: string;
	name: string;
	nodes: unknown[];
	connections: Record<string, unknown>;
	[key: string]: unknown;
}

export interface CliResult {
	args: string[];
	exitCode: number | null;
	signal: NodeJS.Signals | null;
	stdout: string;
	stderr: string;
	durationMs: number;
}

/** The run of `n8n execute` (n8n's IRun) plus the raw CLI result. */
export type N8nRun = IRun & {
	/** Message of the run's error (workflow-level), when the run failed. */
	errorMessage?: string;
	cli: CliResult;
};

export interface RunningN8n {
	url: string; // http://127.0.0.1:<port>/  (with trailing slash, like WEBHOOK_URL)
	port: number;
	pid: number;
	/** Ids of the workflows n8n reported as activated at start (webhooks/triggers registered). */
	activated: string[];
	/** Everything n8n printed so far (stdout + stderr). */
	output(): string;
	/** False once the process has exited. */
	alive(): boolean;
	stop(): Promise<void>;
}

export interface PrepareOptions {
	/** Use this folder as N8N_USER_FOLDER (kept after cleanup). Default: a new temp folder (removed). */
	userFolder?: string;
	/**
	 * 'auto' (default): build when dist/ is missing or older than the sources. 'never': only assert.
	 * 'skip': use dist/ as it is. Env N8N_E2E_BUILD overrides (e.g. N8N_E2E_BUILD=skip while a
	 * colleague's half-written node breaks `npm run build`).
	 */
	build?: 'auto' | 'never' | 'skip';
	/** Extra env for every n8n command of this instance. */
	env?: Record<string, string>;
}

export interface StartOptions {
	port?: number;
	/** Workflow ids to publish (activate) before starting. */
	publish?: string[];
	env?: Record<string, string>;
	/** Default 180 s. */
	readyTimeoutMs?: number;
}

/* ------------------------------------------------------------------ process registry */

interface Tracked {
	child: ChildProcess;
	exited: Promise<void>;
}
const processes = new Set<Tracked>();
const tempFolders = new Set<string>();

function killGroup(pid: number | undefined, signal: NodeJS.Signals): void {
	if (!pid) return;
	try {
		process.kill(-pid, signal); // the whole process group (n8n spawns task runners)
	} catch {
		try {
			process.kill(pid, signal);
		} catch {
			/* gone */
		}
	}
}

function track(child: ChildProcess): Tracked {
	const exited = new Promise<void>((resolve) => {
		if (child.exitCode !== null || child.signalCode !== null) resolve();
		else child.once('exit', () => resolve());
	});
	const t: Tracked = { child, exited };
	processes.add(t);
	// The group may still hold children (task runners) after the leader exits: kill them too.
	void exited.then(() => {
		killGroup(child.pid, 'SIGKILL');
		processes.delete(t);
	});
	return t;
}

async function stopTracked(t: Tracked, graceMs = 8000): Promise<void> {
	killGroup(t.child.pid, 'SIGTERM');
	const timer = new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), graceMs).unref());
	if ((await Promise.race([t.exited.then(() => 'exited' as const), timer])) === 'timeout') {
		killGroup(t.child.pid, 'SIGKILL');
		await t.exited;
	}
	killGroup(t.child.pid, 'SIGKILL');
}

// Last resort if a test runner exits without calling cleanup().
process.once('exit', () => {
	for (const t of processes) killGroup(t.child.pid, 'SIGKILL');
});

/** Kills every process started by this harness (process groups) and removes temp user folders. */
export async function cleanup(): Promise<void> {
	await Promise.all([...processes].map((t) => stopTracked(t)));
	if (process.env.N8N_E2E_KEEP !== '1') {
		for (const dir of tempFolders) fs.rmSync(dir, { recursive: true, force: true });
		tempFolders.clear();
	}
	current = undefined;
}

/* ------------------------------------------------------------------ small utilities */

/** A free TCP port on 127.0.0.1 (asked from the OS). */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const srv = net.createServer();
		srv.unref();
		srv.on('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const { port } = srv.address() as net.AddressInfo;
			srv.close(() => resolve(port));
		});
	});
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function newestMtime(target: string, filter: (p: string) => boolean): number {
	let newest = 0;
	const walk = (p: string): void => {
		let st: fs.Stats;
		try {
			st = fs.statSync(p);
		} catch {
			return;
		}
		if (st.isDirectory()) {
			for (const e of fs.readdirSync(p)) walk(path.join(p, e));
		} else if (filter(p) && st.mtimeMs > newest) newest = st.mtimeMs;
	};
	walk(target);
	return newest;
}

/** Builds the package when dist/ is missing or older than the sources ('auto'), or asserts it is there. */
export function ensureBuilt(mode: 'auto' | 'never' | 'skip' = 'auto'): void {
	if (mode === 'skip') return;
	const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
	const declared: string[] = [...(pkg.n8n?.nodes ?? []), ...(pkg.n8n?.credentials ?? [])];
	const missing = () => declared.filter((f) => !fs.existsSync(path.join(REPO_ROOT, f)));
	const srcNewest = Math.max(
		...['nodes', 'credentials', 'icons'].map((d) =>
			newestMtime(path.join(REPO_ROOT, d), (p) => !p.endsWith('.test.ts')),
		),
	);
	const distNewest = newestMtime(path.join(REPO_ROOT, 'dist'), () => true);
	const stale = missing().length > 0 || distNewest < srcNewest;
	if (!stale) return;
	if (mode === 'never') {
		throw new Error(
			`dist/ is missing or older than the sources (missing: ${missing().join(', ') || 'none'}). Run \`npm run build\` first.`,
		);
	}
	debug('dist/ missing or stale: npm run build');
	const res = spawnSync('npm', ['run', 'build'], { cwd: REPO_ROOT, encoding: 'utf8' });
	if (res.status !== 0) {
		throw new Error(`npm run build failed (exit ${res.status}):\n${res.stdout}\n${res.stderr}`);
	}
	const still = missing();
	if (still.length) throw new Error(`after npm run build, still missing: ${still.join(', ')}`);
}

/**
 * Finds the run data in the output of `n8n execute` (log lines come before the JSON; a failed run
 * is printed through the logger). Returns the last top-level JSON object that looks like a run.
 */
export function parseRunOutput(output: string): IRun | undefined {
	let found: IRun | undefined;
	let i = output.indexOf('{');
	while (i !== -1) {
		const end = matchingBrace(output, i);
		if (end === -1) {
			i = output.indexOf('{', i + 1);
			continue;
		}
		try {
			const value = JSON.parse(output.slice(i, end + 1));
			if (value && typeof value === 'object' && value.data?.resultData) {
				found = value as IRun;
				i = output.indexOf('{', end + 1);
				continue;
			}
		} catch {
			/* not JSON: try the next brace */
		}
		i = output.indexOf('{', i + 1);
	}
	return found;
}

/** Index of the brace closing the object that opens at `start`, honouring JSON strings; -1 if none. */
function matchingBrace(s: string, start: number): number {
	let depth = 0;
	let inString = false;
	for (let j = start; j < s.length; j++) {
		const c = s[j];
		if (inString) {
			if (c === '\\') j++;
			else if (c === '"') inString = false;
		} else if (c === '"') inString = true;
		else if (c === '{' || c === '[') depth++;
		else if (c === '}' || c === ']') {
			depth--;
			if (depth === 0) return c === '}' ? j : -1;
			if (depth < 0) return -1;
		}
	}
	return -1;
}

function runDataOf(run: IRun, nodeName: string, runIndex: number): ITaskData {
	const runs = run.data?.resultData?.runData?.[nodeName];
	if (!runs || !runs[runIndex]) {
		const ran = Object.keys(run.data?.resultData?.runData ?? {});
		const err = (run as N8nRun).errorMessage ?? run.data?.resultData?.error?.message;
		throw new Error(
			`node "${nodeName}" has no run #${runIndex}; nodes that ran: ${ran.join(', ') || 'none'}${err ? `; run error: ${err}` : ''}`,
		);
	}
	return runs[runIndex];
}

/** json of the items of a node's output (default: first output, first run). */
export function nodeOutput(run: IRun, nodeName: string, outputIndex = 0, runIndex = 0): IDataObject[] {
	const task = runDataOf(run, nodeName, runIndex);
	if (task.error) throw new Error(`node "${nodeName}" failed: ${task.error.message}`);
	const out = task.data?.main?.[outputIndex] ?? [];
	return out.map((item) => item.json);
}

/** json of the items of every output of a node, by output index (e.g. [success, errors]). */
export function nodeOutputs(run: IRun, nodeName: string, runIndex = 0): IDataObject[][] {
	const task = runDataOf(run, nodeName, runIndex);
	return (task.data?.main ?? []).map((items) => (items ?? []).map((item) => item.json));
}

/** The error a node raised in the run (undefined when it did not fail). */
export function nodeError(
	run: IRun,
	nodeName: string,
	runIndex = 0,
): { message: string; [k: string]: unknown } | undefined {
	return runDataOf(run, nodeName, runIndex).error as unknown as { message: string } | undefined;
}

/* ------------------------------------------------------------------ the harness */

interface ExecServer {
	server: RunningN8n;
	cookie: string;
}

export class N8nInstance {
	/** Ids published by this harness and not re-imported since (import deactivates). */
	private readonly published = new Set<string>();
	/** Per imported workflow id: whether, once published, a started n8n would activate it (trigger/webhook). */
	private readonly activatable = new Map<string, boolean>();
	/** The n8n started for executeWorkflow (server path), started on first use. */
	private execServer: ExecServer | undefined;
	private execServerStarting: Promise<ExecServer> | undefined;

	constructor(
		readonly userFolder: string,
		readonly paths: N8nPaths,
		private readonly extraEnv: Record<string, string> = {},
	) {}

	/** Env for every n8n command: user folder, no telemetry, 127.0.0.1, Node 24 first on PATH. */
	env(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
		const env = this.paths.env({
			N8N_USER_FOLDER: this.userFolder,
			...installer.LOCAL_N8N_ENV,
			N8N_LOG_LEVEL: 'info',
			// no colours in captured output
			NO_COLOR: '1',
			FORCE_COLOR: '0',
			...this.extraEnv,
			...extra,
		});
		// jest sets NODE_ENV=test, and n8n then quietly uses a throw-away database per command
		// (imports "succeed", execute finds nothing). Never pass jest's variables on.
		if (!('NODE_ENV' in extra) && !('NODE_ENV' in this.extraEnv)) delete env.NODE_ENV;
		delete env.JEST_WORKER_ID;
		return env;
	}

	private spawnN8n(args: string[], env: NodeJS.ProcessEnv): Tracked {
		const child = spawn(this.paths.nodeBin, [this.paths.n8nBin, ...args], {
			cwd: this.userFolder,
			env,
			detached: true, // own process group, so the runners it spawns are killed with it
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		return track(child);
	}

	/** Runs one n8n CLI command to its end. Throws on a non-zero exit unless allowFailure. */
	async runCli(
		args: string[],
		opts: { timeoutMs?: number; allowFailure?: boolean; env?: Record<string, string> } = {},
	): Promise<CliResult> {
		const started = Date.now();
		const env = this.env({ N8N_RUNNERS_BROKER_PORT: String(await freePort()), ...opts.env });
		const t = this.spawnN8n(args, env);
		let stdout = '';
		let stderr = '';
		t.child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
		t.child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
		const timeoutMs = opts.timeoutMs ?? 180_000;
		let timedOut = false;
		const timer = setTimeout(() => {
			timedOut = true;
			killGroup(t.child.pid, 'SIGKILL');
		}, timeoutMs);
		const { code, signal } = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>(
			(resolve, reject) => {
				t.child.once('error', reject);
				t.child.once('close', (c, s) => resolve({ code: c, signal: s }));
			},
		).finally(() => clearTimeout(timer));
		const result: CliResult = { args, exitCode: code, signal, stdout, stderr, durationMs: Date.now() - started };
		debug(`n8n ${args.join(' ')} -> exit ${code ?? signal} in ${result.durationMs} ms`);
		if (timedOut) throw new Error(`n8n ${args.join(' ')} timed out after ${timeoutMs} ms\n${tail(stdout + stderr)}`);
		if (code !== 0 && !opts.allowFailure) {
			throw new Error(`n8n ${args.join(' ')} failed (exit ${code ?? signal})\n${tail(stdout + '\n' + stderr)}`);
		}
		return result;
	}

	private tempFile(name: string, content: unknown): string {
		const dir = fs.mkdtempSync(path.join(this.userFolder, 'import-'));
		const file = path.join(dir, name);
		fs.writeFileSync(file, JSON.stringify(content, null, 2));
		return file;
	}

	/** `n8n import:credentials`: one CLI call for the whole list. Ids are kept. */
	async importCredentials(list: CredentialInput[]): Promise<CliResult> {
		const file = this.tempFile('credentials.json', list);
		try {
			return await this.runCli(['import:credentials', `--input=${file}`]);
		} finally {
			fs.rmSync(path.dirname(file), { recursive: true, force: true });
		}
	}

	/**
	 * `n8n import:workflow`: one CLI call for one workflow or an array of them. A workflow without
	 * an id gets one (n8n would make one up that the test could not know). Returns the ids.
	 */
	async importWorkflow(workflows: WorkflowJson | WorkflowJson[]): Promise<string[]> {
		const list = (Array.isArray(workflows) ? workflows : [workflows]).map((wf) => ({
			...wf,
			id: wf.id ?? randomId(),
		}));
		if (!(await this.importOnServer(list))) {
			const file = this.tempFile('workflows.json', list);
			try {
				await this.runCli(['import:workflow', `--input=${file}`]);
			} finally {
				fs.rmSync(path.dirname(file), { recursive: true, force: true });
			}
		}
		for (const wf of list) {
			this.published.delete(wf.id); // import:workflow deactivates (unpublishes) in regular mode
			const types = (wf.nodes as Array<{ type?: string; disabled?: boolean }>)
				.filter((n) => !n.disabled)
				.map((n) => String(n.type ?? ''));
			this.activatable.set(
				wf.id,
				types.some((t) => !PASSIVE_TRIGGERS.has(t) && /(trigger|webhook)$/i.test(t)),
			);
		}
		return list.map((wf) => wf.id);
	}

	/**
	 * While the execution server runs, saves workflows through its REST API (create with the given
	 * id, or update the stored one) instead of an import:workflow boot. Only for workflows this
	 * harness has not published: import:workflow also unpublishes, a REST save keeps the published
	 * version. Returns false (nothing or part written; the caller imports all by CLI) otherwise.
	 */
	private async importOnServer(list: Array<WorkflowJson & { id: string }>): Promise<boolean> {
		const exec = this.execServer;
		if (RUN_PATH === 'cli' || !exec?.server.alive() || list.some((wf) => this.published.has(wf.id))) return false;
		try {
			for (const wf of list) {
				const body = {
					name: wf.name,
					nodes: wf.nodes,
					connections: wf.connections,
					settings: wf.settings ?? {},
					pinData: wf.pinData ?? {},
					...(wf.meta ? { meta: wf.meta } : {}),
				};
				const exists = await this.rest<{ data?: { id: string } }>(exec, 'GET', `workflows/${wf.id}`).then(
					() => true,
					(err: Error) => (/HTTP 404/.test(err.message) ? false : Promise.reject(err)),
				);
				if (exists) await this.rest(exec, 'PATCH', `workflows/${wf.id}?forceSave=true`, body);
				else await this.rest(exec, 'POST', 'workflows', { ...body, id: wf.id });
			}
			debug(`saved ${list.map((wf) => wf.id).join(', ')} through the execution server`);
			return true;
		} catch (err) {
			debug(`REST save failed, importing by CLI: ${(err as Error).message}`);
			return false;
		}
	}

	/** Imports every *.json file of a folder in one call (`--separate`). */
	async importWorkflowDir(dir: string): Promise<CliResult> {
		return this.runCli(['import:workflow', '--separate', `--input=${dir}`]);
	}

	/** `n8n publish:workflow --id` (one id per call in 2.41). Only seen by an n8n started afterwards. */
	async publishWorkflow(id: string): Promise<CliResult> {
		const res = await this.runCli(['publish:workflow', `--id=${id}`]);
		this.published.add(id);
		return res;
	}

	/**
	 * Runs the workflow from its manual trigger and resolves with the run (status 'success' |
	 * 'error' | ...) also when the workflow failed.
	 *
	 * Default ('server' path): in ONE `n8n start` of this instance, started on first use and kept
	 * until cleanup(), through the REST endpoints the editor uses (POST /rest/workflows/:id/run,
	 * then GET /rest/executions/:id): a run costs well under a second instead of an n8n boot (7-30 s
	 * each on a loaded 2-core machine). The run is n8n's IRun, as `n8n execute` prints it.
	 * `opts.cli` or env N8N_E2E_RUN=cli: `n8n execute --id --rawOutput` in a fresh process (the old
	 * path, for diagnosis). See runOnServer() for the one difference (mode 'manual').
	 */
	async executeWorkflow(id: string, opts: { timeoutMs?: number; cli?: boolean } = {}): Promise<N8nRun> {
		if (!opts.cli && RUN_PATH !== 'cli') {
			// A started n8n activates every published workflow with a trigger or webhook: a poller or a
			// webhook subscription of the execution server would act beside the test's own server. Such
			// a workflow published before the execution server exists: this run takes the CLI path.
			const risky = [...this.published].filter((w) => this.activatable.get(w) !== false);
			if (this.execServer?.server.alive() || risky.length === 0) return this.runOnServer(id, opts.timeoutMs ?? 300_000);
			debug(
				`execute ${id} via CLI: published workflows with triggers (${risky.join(', ')}) and no execution server yet`,
			);
		}
		return this.executeCli(id, opts);
	}

	/** `n8n execute --id=<id> --rawOutput` in a fresh n8n process; throws when no run could be read. */
	async executeCli(id: string, opts: { timeoutMs?: number } = {}): Promise<N8nRun> {
		const cli = await this.runCli(['execute', `--id=${id}`, '--rawOutput'], {
			allowFailure: true,
			timeoutMs: opts.timeoutMs ?? 300_000,
		});
		const run = parseRunOutput(cli.stdout) ?? parseRunOutput(cli.stdout + '\n' + cli.stderr);
		if (!run) {
			throw new Error(
				`n8n execute --id=${id}: no run data in the output (exit ${cli.exitCode})${withLoadHint(cli.stdout + cli.stderr)}\n${tail(cli.stdout + '\n' + cli.stderr)}`,
			);
		}
		const loadError = packageLoadError(cli.stdout + cli.stderr);
		const baseError = run.data.resultData.error?.message;
		const errorMessage =
			baseError && loadError ? `${baseError} (n8n could not load this package: ${loadError})` : baseError;
		return Object.assign(run, {
			cli,
			errorMessage,
			status: run.status ?? (errorMessage ? 'error' : 'success'),
		}) as N8nRun;
	}

	/**
	 * The execution server of this instance: `n8n start` on a free 127.0.0.1 port, its owner set up
	 * through the REST API (POST /rest/owner/setup; the cookie it sets authenticates the rest).
	 * Started once and reused by every executeWorkflow of the instance; cleanup() stops it.
	 */
	private async ensureExecServer(): Promise<ExecServer> {
		if (this.execServer?.server.alive()) return this.execServer;
		this.execServer = undefined;
		this.execServerStarting ??= (async () => {
			const started = Date.now();
			const server = await this.startN8n({ env: { EXECUTIONS_DATA_SAVE_MANUAL_EXECUTIONS: 'true' } });
			// A local, throw-away instance with a fixed test owner (not a secret: it guards nothing).
			const res = await fetch(`${server.url}rest/owner/setup`, {
				method: 'POST',
				headers: { 'content-type': 'application/json', 'browser-id': BROWSER_ID },
				body: JSON.stringify({
					email: 'e2e@example.com',
					firstName: 'E2e',
					lastName: 'Harness',
					password: 'E2e-harness-1',
				}),
			});
			const body = await res.text();
			const cookie = res.headers
				.getSetCookie()
				.map((c) => c.split(';')[0])
				.find((c) => c.startsWith('n8n-auth='));
			if (!res.ok || !cookie) {
				await server.stop();
				throw new Error(`n8n owner setup failed (HTTP ${res.status}): ${body.slice(0, 500)}`);
			}
			debug(`execution server ready on ${server.url} in ${Date.now() - started} ms`);
			return { server, cookie };
		})();
		try {
			this.execServer = await this.execServerStarting;
			return this.execServer;
		} finally {
			this.execServerStarting = undefined;
		}
	}

	/** One REST call to the execution server; throws with the answer on a non-2xx status. */
	private async rest<T>(exec: ExecServer, method: string, route: string, body?: unknown): Promise<T> {
		const res = await fetch(`${exec.server.url}rest/${route}`, {
			method,
			headers: {
				cookie: exec.cookie,
				'browser-id': BROWSER_ID,
				...(body === undefined ? {} : { 'content-type': 'application/json' }),
			},
			body: body === undefined ? undefined : JSON.stringify(body),
			signal: AbortSignal.timeout(60_000),
		});
		const text = await res.text();
		if (!res.ok) throw new Error(`n8n ${method} /rest/${route}: HTTP ${res.status} ${text.slice(0, 1000)}`);
		return (text ? JSON.parse(text) : undefined) as T;
	}

	/**
	 * Runs a workflow on the execution server as the editor's "Execute workflow" does: POST
	 * /rest/workflows/:id/run from the node `n8n execute` would start from (the workflow as stored
	 * now: a re-import is seen), then polls GET /rest/executions/:id until it ends and unflattens its
	 * data into the IRun `n8n execute --rawOutput` prints.
	 *
	 * The one difference to `n8n execute` (mode 'cli'): the run's mode is 'manual', and n8n does not
	 * start a workflow's error workflow (settings.errorWorkflow) after a FAILED manual run. Failed
	 * items sent to the error handler by an Execute Workflow node are unaffected. A test that needs
	 * the error workflow after a whole-run failure passes { cli: true }.
	 */
	private async runOnServer(id: string, timeoutMs: number): Promise<N8nRun> {
		const exec = await this.ensureExecServer();
		const started = Date.now();
		const wf = (
			await this.rest<{ data: { nodes: Array<{ name: string; type: string; disabled?: boolean }> } }>(
				exec,
				'GET',
				`workflows/${id}`,
			)
		).data;
		const nodes = wf.nodes.filter((n) => !n.disabled);
		const start =
			nodes.find((n) => n.type === 'n8n-nodes-base.executeWorkflowTrigger') ??
			nodes.find((n) => MANUAL_STARTS.includes(n.type));
		if (!start) throw new Error(`workflow ${id} has no manual trigger to start from (n8n execute would refuse it too)`);
		const answer = await this.rest<{ data: { executionId?: string; waitingForWebhook?: boolean } }>(
			exec,
			'POST',
			`workflows/${id}/run`,
			{
				triggerToStartFrom: { name: start.name },
			},
		);
		const executionId = answer.data?.executionId;
		if (!executionId) throw new Error(`n8n did not start workflow ${id}: ${JSON.stringify(answer).slice(0, 500)}`);
		type Execution = {
			status: string;
			finished: boolean;
			mode: string;
			startedAt: string;
			stoppedAt?: string;
			waitTill?: string | null;
			data: string;
		};
		let execution: Execution | undefined;
		for (let delay = 50; ; delay = Math.min(delay * 2, 500)) {
			const got = (await this.rest<{ data: Execution | null }>(exec, 'GET', `executions/${executionId}`)).data;
			if (got && !['new', 'running'].includes(got.status)) {
				execution = got;
				break;
			}
			if (Date.now() - started > timeoutMs) {
				await this.rest(exec, 'POST', `executions/${executionId}/stop`).catch(() => undefined);
				throw new Error(
					`workflow ${id} (execution ${executionId}) still ${got?.status ?? 'unknown'} after ${timeoutMs} ms\n${tail(exec.server.output())}`,
				);
			}
			await sleep(delay);
		}
		const data = unflatten(execution.data) as IRun['data'];
		const run = {
			data,
			mode: execution.mode,
			startedAt: new Date(execution.startedAt),
			stoppedAt: execution.stoppedAt ? new Date(execution.stoppedAt) : undefined,
			status: execution.status,
			finished: execution.finished,
			...(execution.waitTill ? { waitTill: new Date(execution.waitTill) } : {}),
		} as unknown as IRun;
		const durationMs = Date.now() - started;
		debug(`run ${id} on the execution server -> ${execution.status} in ${durationMs} ms`);
		// Tests read the CLI result of a run only for diagnosis; the server's output stands in for it.
		const cli: CliResult = {
			args: ['rest:run', `--id=${id}`],
			exitCode: execution.status === 'success' ? 0 : 1,
			signal: null,
			stdout: '',
			stderr: '',
			durationMs,
		};
		const loadError = packageLoadError(exec.server.output());
		const baseError = data.resultData.error?.message;
		const errorMessage =
			baseError && loadError ? `${baseError} (n8n could not load this package: ${loadError})` : baseError;
		return Object.assign(run, { cli, errorMessage }) as N8nRun;
	}

	/**
	 * Publishes the given workflows, starts `n8n start` on 127.0.0.1 (free port unless given) and
	 * resolves once it is ready: the "Editor is now accessible" line (printed after the published
	 * workflows are activated) and /healthz answering 200.
	 */
	async startN8n(opts: StartOptions = {}): Promise<RunningN8n> {
		for (const id of opts.publish ?? []) await this.publishWorkflow(id);
		const port = opts.port ?? (await freePort());
		const url = `http://127.0.0.1:${port}/`;
		const started = Date.now();
		const t = this.spawnN8n(
			['start'],
			this.env({
				N8N_PORT: String(port),
				N8N_HOST: '127.0.0.1',
				N8N_PROTOCOL: 'http',
				WEBHOOK_URL: url,
				N8N_EDITOR_BASE_URL: url,
				N8N_RUNNERS_BROKER_PORT: String(await freePort()),
				// 2.41 activates published workflows asynchronously by default (publication service with
				// a 10 s reconcile loop): "ready" would not mean "webhooks registered" (seen: 404 under
				// load). The classic path activates them before "Editor is now accessible".
				N8N_USE_WORKFLOW_PUBLICATION_SERVICE: 'false',
				...opts.env,
			}),
		);
		let out = '';
		t.child.stdout!.on('data', (d: Buffer) => {
			out += d.toString();
			if (VERBOSE) process.stderr.write(d);
		});
		t.child.stderr!.on('data', (d: Buffer) => {
			out += d.toString();
			if (VERBOSE) process.stderr.write(d);
		});
		let exited = false;
		void t.exited.then(() => (exited = true));
		const deadline = Date.now() + (opts.readyTimeoutMs ?? 180_000);
		for (;;) {
			if (exited) throw new Error(`n8n start exited before it was ready:\n${tail(out)}`);
			if (Date.now() > deadline) {
				await stopTracked(t);
				throw new Error(`n8n start not ready after ${opts.readyTimeoutMs ?? 180_000} ms:\n${tail(out)}`);
			}
			if (out.includes('Editor is now accessible via') && (await healthy(url))) break;
			await sleep(250);
		}
		debug(`n8n start ready on ${url} in ${Date.now() - started} ms`);
		const loadError = packageLoadError(out);
		if (loadError) process.stderr.write(`[n8n-harness] WARNING: n8n could not load this package: ${loadError}\n`);
		// "Activated workflow "<name>" (ID: <id>)" is logged for workflows with a webhook or trigger.
		const activated = [...out.matchAll(/Activated workflow .*\(ID: ([^)]+)\)/g)].map((m) => m[1]);
		const notActivated = (opts.publish ?? []).filter((id) => !activated.includes(id));
		if (notActivated.length) {
			process.stderr.write(
				`[n8n-harness] WARNING: published but not activated (no trigger, or activation failed): ${notActivated.join(', ')}\n`,
			);
		}
		return {
			url,
			port,
			activated,
			pid: t.child.pid!,
			output: () => out,
			alive: () => !exited,
			stop: () => stopTracked(t),
		};
	}

	/** Stops this instance's processes (all harness processes, in fact) and removes temp folders. */
	cleanup(): Promise<void> {
		return cleanup();
	}
}

async function healthy(url: string): Promise<boolean> {
	try {
		const res = await fetch(`${url}healthz`, { signal: AbortSignal.timeout(2000) });
		await res.arrayBuffer();
		return res.ok;
	} catch {
		return false;
	}
}

/**
 * n8n skips a community package whose files fail to load (e.g. package.json lists a node that
 * dist/ lacks) and only logs it; workflows then fail with "Unrecognized node type". This returns
 * that log message from a command's output, or undefined.
 */
export function packageLoadError(output: string): string | undefined {
	const i = output.indexOf(`Failed to load package "${PACKAGE_NAME}"`);
	if (i === -1) return undefined;
	return output
		.slice(i, i + 600)
		.split('\n')
		.slice(0, 3)
		.join('\n');
}

function withLoadHint(output: string): string {
	const err = packageLoadError(output);
	return err ? `\n>>> n8n could not load this package: ${err}\n` : '';
}

/**
 * n8n stores execution data in `flatted` form (an array; every object and string is an entry and is
 * referred to by its index as a string). This rebuilds the value (flatted's parse, circular-safe).
 */
export function unflatten(text: string): unknown {
	const input = JSON.parse(text) as unknown[];
	const done = new Map<number, unknown>();
	const resolve = (index: number): unknown => {
		if (done.has(index)) return done.get(index);
		const value = input[index];
		if (value === null || typeof value !== 'object') {
			done.set(index, value);
			return value;
		}
		const out: Record<string, unknown> | unknown[] = Array.isArray(value) ? [] : {};
		done.set(index, out);
		for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
			(out as Record<string, unknown>)[key] = typeof v === 'string' ? resolve(Number(v)) : v;
		}
		return out;
	};
	return resolve(0);
}

function tail(s: string, n = 6000): string {
	return s.length > n ? `…${s.slice(-n)}` : s;
}

/** A 16-character alphanumeric id, the shape n8n uses for workflows. */
export function randomId(): string {
	const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
	let id = '';
	for (let i = 0; i < 16; i++) id += chars[Math.floor(Math.random() * chars.length)];
	return id;
}

/**
 * Links this package into `<userFolder>/.n8n/nodes` as an installed community package:
 * nodes/package.json lists it, nodes/node_modules/<name> is a symlink to the repo root.
 */
export function linkPackage(userFolder: string): void {
	const nodesDir = path.join(userFolder, '.n8n', 'nodes');
	fs.mkdirSync(path.join(nodesDir, 'node_modules'), { recursive: true });
	const pkgFile = path.join(nodesDir, 'package.json');
	const pkg = fs.existsSync(pkgFile)
		? JSON.parse(fs.readFileSync(pkgFile, 'utf8'))
		: { name: 'installed-nodes', private: true, dependencies: {} };
	const version = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')).version;
	pkg.dependencies = { ...pkg.dependencies, [PACKAGE_NAME]: version };
	fs.writeFileSync(pkgFile, JSON.stringify(pkg, null, 2) + '\n');
	const link = path.join(nodesDir, 'node_modules', PACKAGE_NAME);
	let existing: string | undefined;
	try {
		existing = fs.readlinkSync(link);
	} catch {
		existing = undefined;
	}
	if (existing !== REPO_ROOT) {
		fs.rmSync(link, { recursive: true, force: true });
		fs.symlinkSync(REPO_ROOT, link, 'dir');
	}
}

let current: N8nInstance | undefined;

/**
 * Ensures the n8n runtime is installed and the package built, creates the user folder and links
 * this package into it. The returned instance is also the one the module-level functions use.
 */
export async function prepareN8n(opts: PrepareOptions = {}): Promise<N8nInstance> {
	const paths = await installer.ensureN8n({ quiet: !VERBOSE });
	ensureBuilt((process.env.N8N_E2E_BUILD as PrepareOptions['build']) || opts.build || 'auto');
	let userFolder: string;
	if (opts.userFolder) {
		userFolder = path.resolve(opts.userFolder);
		fs.mkdirSync(userFolder, { recursive: true });
	} else {
		userFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-e2e-'));
		tempFolders.add(userFolder);
	}
	linkPackage(userFolder);
	current = new N8nInstance(userFolder, paths, opts.env);
	debug(`user folder ${userFolder}`);
	return current;
}

function need(): N8nInstance {
	if (!current) throw new Error('call prepareN8n() first');
	return current;
}

export const importCredentials = (list: CredentialInput[]) => need().importCredentials(list);
export const importWorkflow = (wf: WorkflowJson | WorkflowJson[]) => need().importWorkflow(wf);
export const publishWorkflow = (id: string) => need().publishWorkflow(id);
export const executeWorkflow = (id: string, opts?: { timeoutMs?: number; cli?: boolean }) =>
	need().executeWorkflow(id, opts);
export const startN8n = (opts?: StartOptions) => need().startN8n(opts);
export const runCli = (args: string[], opts?: { timeoutMs?: number; allowFailure?: boolean }) =>
	need().runCli(args, opts);
