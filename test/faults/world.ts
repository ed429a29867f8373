/**
 * The fault suite's world: one sandbox (in this process, 127.0.0.1) and one real n8n with the
 * package, the sandbox credentials, the templates under test and the shared error handler (failure
 * log in a temp folder). Sandbox states are checkpointed so that every scenario of a template starts
 * from the same records; n8n keeps no state between runs that the templates use (only triggers use
 * static data), so one n8n user folder serves the whole suite.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { SandboxCheckpoint } from '../../sandbox/core/state';
import { INTACCT_SANDBOX_CREDENTIALS as IC } from '../../sandbox/intacct/seed';
import { startSandbox, type Sandbox } from '../../sandbox/server';
import { cleanup, freePort, parseRunOutput, prepareN8n, type N8nInstance, type WorkflowJson } from '../helpers/n8n';
import { loadTemplate } from '../helpers/templates';
import { errorHandlerFor, ERROR_HANDLER_ID, readFailureLog } from '../e2e/templates/common-error-log';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { sandboxCredentials } = require('../../scripts/sandbox-credentials.js') as {
	sandboxCredentials(url: string): Array<{ id: string; name: string; type: string; data: Record<string, unknown> }>;
};

export type Rec = Record<string, unknown>;

export interface ExecResult {
	status: 'success' | 'error' | 'killed' | 'timeout' | 'no-run';
	errorMessage?: string;
	ms: number;
}

export class World {
	readonly logDir = mkdtempSync(path.join(tmpdir(), 'n8n-faults-log-'));
	private readonly checkpoints = new Map<string, SandboxCheckpoint>();
	private readonly workflowIds = new Map<string, string>();
	private readonly running = new Set<ChildProcess>();

	private constructor(
		readonly sandbox: Sandbox,
		readonly n8n: N8nInstance,
		readonly runTimeoutMs: number,
	) {}

	static async start(templates: string[], runTimeoutMs: number): Promise<World> {
		const sandbox = await startSandbox({ port: 0 });
		const n8n = await prepareN8n({ build: 'never' });
		const world = new World(sandbox, n8n, runTimeoutMs);
		await n8n.importCredentials(sandboxCredentials(sandbox.url));
		const wfs: WorkflowJson[] = [errorHandlerFor(world.logDir)];
		for (const t of templates) {
			const wf = loadTemplate(t);
			if (!wf.id) throw new Error(`${t} has no id`);
			world.workflowIds.set(t, wf.id);
			wfs.push(wf);
		}
		await n8n.importWorkflow(wfs);
		await n8n.publishWorkflow(ERROR_HANDLER_ID);
		return world;
	}

	async close(): Promise<void> {
		for (const c of this.running) killGroup(c.pid, 'SIGKILL');
		await cleanup();
		await this.sandbox.close();
		rmSync(this.logDir, { recursive: true, force: true });
	}

	get state() {
		return this.sandbox.state;
	}

	store(system: string) {
		const rt = this.sandbox.state.system(system);
		if (!rt) throw new Error(`no system ${system}`);
		return rt.store;
	}

	/** Records of a collection with their id as `_id` (and Intacct's RECORDNO). */
	records(system: string, collection: string): Rec[] {
		return this.store(system)
			.list(collection)
			.map((r) => ({ _id: r.id, RECORDNO: r.id, _modifiedAt: r.modifiedAt, ...r.fields }));
	}

	checkpoint(name: string): void {
		this.checkpoints.set(name, this.sandbox.state.checkpoint());
	}

	hasCheckpoint(name: string): boolean {
		return this.checkpoints.has(name);
	}

	/** Puts the sandbox back to a checkpoint, clears faults and log, and empties the failure log. */
	async restore(name: string): Promise<void> {
		const cp = this.checkpoints.get(name);
		if (!cp) throw new Error(`no checkpoint ${name}`);
		this.sandbox.state.restore(cp);
		await this.admin('POST', '/intacct/session-timeout', { seconds: 7200 });
		rmSync(path.join(this.logDir, 'sync-failures.jsonl'), { force: true });
	}

	failureLog(): Rec[] {
		return readFailureLog(this.logDir);
	}

	async admin(method: string, p: string, body?: unknown): Promise<unknown> {
		const res = await fetch(`${this.sandbox.url}/__admin${p}`, {
			method,
			headers: { 'content-type': 'application/json' },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await res.text();
		if (res.status >= 300) throw new Error(`admin ${method} ${p}: ${res.status} ${text.slice(0, 500)}`);
		return text ? JSON.parse(text) : undefined;
	}

	/**
	 * `n8n execute` of a template in its own process group. `killWhen` is polled every 200 ms while
	 * the run goes on; when it returns true the whole group gets SIGKILL (n8n and its task runner).
	 */
	async execute(template: string, opts: { killWhen?: () => boolean; timeoutMs?: number } = {}): Promise<ExecResult> {
		const timeoutMs = Math.max(this.runTimeoutMs, opts.timeoutMs ?? 0);
		const id = this.workflowIds.get(template);
		if (!id) throw new Error(`${template} was not imported`);
		const started = Date.now();
		const env = this.n8n.env({ N8N_RUNNERS_BROKER_PORT: String(await freePort()) });
		const child = spawn(this.n8n.paths.nodeBin, [this.n8n.paths.n8nBin, 'execute', `--id=${id}`, '--rawOutput'], {
			cwd: this.n8n.userFolder,
			env,
			detached: true,
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		this.running.add(child);
		let out = '';
		child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
		child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
		let killed = false;
		let timedOut = false;
		const poll = setInterval(() => {
			if (!killed && opts.killWhen?.()) {
				killed = true;
				killGroup(child.pid, 'SIGKILL');
			}
		}, 200);
		const timer = setTimeout(() => {
			timedOut = true;
			killGroup(child.pid, 'SIGKILL');
		}, timeoutMs);
		let exit = '';
		await new Promise<void>((resolve) => {
			child.once('close', (code, signal) => {
				exit = `exit ${code ?? signal}`;
				resolve();
			});
			child.once('error', () => resolve());
		});
		clearInterval(poll);
		clearTimeout(timer);
		killGroup(child.pid, 'SIGKILL'); // task runners left in the group
		this.running.delete(child);
		const ms = Date.now() - started;
		if (killed) return { status: 'killed', ms };
		if (timedOut) return { status: 'timeout', ms, errorMessage: `no end after ${timeoutMs} ms` };
		const run = parseRunOutput(out);
		// A large run (e.g. 5,000 prior syncs: every node's items) is printed as one JSON document that
		// n8n's process.exit() cuts off in the pipe, so it cannot be parsed. n8n's execute command prints
		// it only for a run without error; a run with an error is logged as "Execution was NOT successful"
		// and exits 1. So exit 0 without either error line is a successful run whose data was cut.
		if (
			!run &&
			exit === 'exit 0' &&
			/"resultData"|"data": \{/.test(out) &&
			!/Execution was NOT successful|Error executing workflow|Execution error/.test(out)
		) {
			return { status: 'success', ms };
		}
		if (!run) {
			// A failed run is printed through the logger: name its error, not the tail of the JSON.
			const errLine = out
				.split('\n')
				.reverse()
				.find((l) => /error|Execution was NOT successful/i.test(l) && !/^\s*"/.test(l));
			return {
				status: 'no-run',
				ms,
				errorMessage: `${exit}, no run data${errLine ? `: ${errLine.trim().slice(0, 300)}` : ''}`,
			};
		}
		const err = run.data?.resultData?.error?.message;
		return { status: err ? 'error' : 'success', errorMessage: err, ms };
	}

	/* ------------------------------------------------------------ Intacct as staff use it */

	/** Functions against the Intacct gateway (entity UK), as staff entering records; throws on any failure. */
	async intacctCall(functions: string[]): Promise<string> {
		const content = functions.map((fn, i) => `<function controlid="f${i + 1}">${fn}</function>`).join('');
		const body = `<?xml version="1.0" encoding="UTF-8"?><request><control><senderid>${IC.senderId}</senderid><password>${IC.senderPassword}</password><controlid>faults${Date.now()}</controlid><uniqueid>false</uniqueid><dtdversion>3.0</dtdversion><includewhitespace>false</includewhitespace></control><operation transaction="false"><authentication><login><userid>${IC.userId}</userid><companyid>${IC.companyId}</companyid><password>${IC.userPassword}</password><locationid>UK</locationid></login></authentication><content>${content}</content></operation></request>`;
		const res = await fetch(`${this.sandbox.systemUrl('intacct')}/ia/xml/xmlgw.phtml`, {
			method: 'POST',
			headers: { 'content-type': 'application/xml' },
			body,
		});
		const text = await res.text();
		if (res.status !== 200 || text.includes('<status>failure</status>')) {
			const errors = [...text.matchAll(/<description2?>([^<]*)<\/description2?>/g)].map((m) => m[1]).filter(Boolean);
			throw new Error(`Intacct call failed: ${res.status} ${errors.slice(0, 4).join(' / ') || text.slice(0, 800)}`);
		}
		return text;
	}
}

export function killGroup(pid: number | undefined, signal: NodeJS.Signals): void {
	if (!pid) return;
	try {
		process.kill(-pid, signal);
	} catch {
		try {
			process.kill(pid, signal);
		} catch {
			/* gone */
		}
	}
}

const esc = (v: string) => v.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A plain object as Intacct XML elements (arrays repeat the element). */
export function xml(value: unknown): string {
	if (value === null || value === undefined) return '';
	if (Array.isArray(value)) return value.map(xml).join('');
	if (typeof value === 'object') {
		return Object.entries(value as Rec)
			.map(([k, v]) =>
				Array.isArray(v) ? v.map((one) => `<${k}>${xml(one)}</${k}>`).join('') : `<${k}>${xml(v)}</${k}>`,
			)
			.join('');
	}
	return esc(String(value));
}
