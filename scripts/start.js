#!/usr/bin/env node
/*
 * `npm start`: the whole product on this machine, from a fresh clone with nothing installed.
 *
 *   1. node_modules (npm ci when missing/stale), npm run build
 *   2. the pinned n8n runtime in .cache/n8n (first time about 4.5 min, then reused)
 *   3. the sandbox (simulated Intacct, OfficeRnD, Scoro, Re-Leased): npx tsx sandbox/main.ts --port 5680
 *   4. a persistent n8n user folder .n8n-local/ (git-ignored) with this package installed as a
 *      community package, the sandbox credentials (scripts/sandbox-credentials.js) and every
 *      workflow template of workflows/** imported
 *   5. n8n start on http://127.0.0.1:5678/, then prints what to open and click.
 * Ctrl-C stops everything.
 *
 * Options:
 *   --port <p>        sandbox port (default 5680, env SANDBOX_PORT)
 *   --n8n-port <p>    n8n port (default 5678, env N8N_PORT)
 *   --no-n8n          sandbox only
 *   --no-build        use dist/ as it is
 *   --reimport        import every template again, even unchanged ones (overwrites your edits
 *                     of those workflows in the editor); by default a template is imported again
 *                     only when its file changed since the last import
 *   --verbose         stream n8n's own log (always written to .n8n-local/n8n.log)
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const net = require('node:net');
const crypto = require('node:crypto');
const { spawn, spawnSync } = require('node:child_process');
// Linux, macOS and Windows differ in the Node 24 binary, npm's name, process groups and links.
const platform = require('./n8n-platform.js');

const ROOT = path.resolve(__dirname, '..');
const USER_FOLDER = path.join(ROOT, '.n8n-local');
// The folder n8n may write files to (N8N_RESTRICT_FILE_ACCESS_TO): the error handler's failure log.
const FILES_DIR = path.join(USER_FOLDER, 'n8n-files');
const argv = process.argv.slice(2);

function opt(name, fallback) {
	const i = argv.indexOf(`--${name}`);
	if (i >= 0 && argv[i + 1]) return argv[i + 1];
	const inline = argv.find((a) => a.startsWith(`--${name}=`));
	return inline ? inline.slice(name.length + 3) : fallback;
}
const flag = (name) => argv.includes(`--${name}`);

const SANDBOX_PORT = Number(opt('port', process.env.SANDBOX_PORT || '5680'));
const N8N_PORT = Number(opt('n8n-port', process.env.N8N_PORT || '5678'));
const WITH_N8N = !flag('no-n8n');
const VERBOSE = flag('verbose');

/** n8n's own rule (@n8n/api-types passwordSchema): 8 to 64 characters, a digit, a capital. */
const OWNER_PASSWORD_RULE = '8 to 64 characters, at least 1 number and 1 capital letter';

const say = (msg) => process.stdout.write(`[start] ${msg}\n`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/* ------------------------------------------------------------ processes and Ctrl-C */

const children = [];
let stopping = false;

function killGroup(child, signal) {
	if (!child || !child.pid) return;
	const treeKill = platform.treeKillCommand(process.platform, child.pid, signal === 'SIGKILL');
	if (treeKill) {
		spawnSync(treeKill.cmd, treeKill.args, { stdio: 'ignore', windowsHide: true });
		return;
	}
	try {
		process.kill(-child.pid, signal);
	} catch {
		try {
			process.kill(child.pid, signal);
		} catch {
			/* gone */
		}
	}
}

async function stopAll(code) {
	if (stopping) return;
	stopping = true;
	say('stopping ...');
	const alive = children.filter((c) => c.exitCode === null && c.signalCode === null);
	for (const c of alive) killGroup(c, 'SIGTERM');
	const deadline = Date.now() + 10_000;
	while (Date.now() < deadline && alive.some((c) => c.exitCode === null && c.signalCode === null)) await sleep(100);
	for (const c of children) killGroup(c, 'SIGKILL'); // leftovers of the groups (task runners)
	process.exit(code);
}

/** Starts a command in its own process group; output lines go to `sink`. */
function startProcess(name, cmd, args, { env, cwd = ROOT, sink }) {
	const child = spawn(cmd, args, {
		cwd,
		env,
		...platform.spawnGroupOptions(process.platform),
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	children.push(child);
	let output = '';
	const onData = (d) => {
		output += d;
		if (output.length > 200_000) output = output.slice(-100_000);
		sink(d);
	};
	child.stdout.on('data', onData);
	child.stderr.on('data', onData);
	child.on('exit', (code, signal) => {
		if (!stopping) {
			process.stderr.write(
				`\n[start] ${name} exited unexpectedly (${signal || code}); last output:\n${output.slice(-3000)}\n`,
			);
			void stopAll(1);
		}
	});
	return { child, output: () => output };
}

function prefixed(prefix) {
	let partial = '';
	return (d) => {
		const text = partial + d.toString();
		const lines = text.split('\n');
		partial = lines.pop();
		for (const line of lines) process.stdout.write(`${prefix} ${line}\n`);
	};
}

function portFree(port) {
	return new Promise((resolve) => {
		const srv = net.createServer();
		srv.once('error', () => resolve(false));
		srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
	});
}

function freePort() {
	return new Promise((resolve, reject) => {
		const srv = net.createServer();
		srv.on('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const { port } = srv.address();
			srv.close(() => resolve(port));
		});
	});
}

async function httpOk(url) {
	try {
		const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
		await res.arrayBuffer();
		return res.ok;
	} catch {
		return false;
	}
}

/* ------------------------------------------------------------ n8n helpers */

function n8nEnv(paths, extra = {}) {
	const env = paths.env({
		N8N_USER_FOLDER: USER_FOLDER,
		...require('./install-n8n.js').LOCAL_N8N_ENV,
		N8N_RESTRICT_FILE_ACCESS_TO: FILES_DIR,
		...extra,
	});
	if (env.NODE_ENV === 'test') delete env.NODE_ENV; // n8n would use a throw-away database
	return env;
}

/** One n8n CLI command to its end (each boots n8n: about 3-5 s). */
function n8nCli(paths, args, extraEnv = {}) {
	const res = spawnSync(paths.nodeBin, [paths.n8nBin, ...args], {
		cwd: USER_FOLDER,
		env: n8nEnv(paths, extraEnv),
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
	});
	if (res.status !== 0) {
		throw new Error(
			`n8n ${args.join(' ')} failed (exit ${res.status ?? res.signal}):\n${(res.stdout + res.stderr).slice(-4000)}`,
		);
	}
	return res.stdout;
}

/** Installs this package into .n8n-local as a community package (symlink to the repo root). */
function linkPackage() {
	const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
	const nodesDir = path.join(USER_FOLDER, '.n8n', 'nodes');
	fs.mkdirSync(path.join(nodesDir, 'node_modules'), { recursive: true });
	const nodesPkgFile = path.join(nodesDir, 'package.json');
	const nodesPkg = fs.existsSync(nodesPkgFile)
		? JSON.parse(fs.readFileSync(nodesPkgFile, 'utf8'))
		: { name: 'installed-nodes', private: true, dependencies: {} };
	nodesPkg.dependencies = { ...nodesPkg.dependencies, [pkg.name]: pkg.version };
	fs.writeFileSync(nodesPkgFile, JSON.stringify(nodesPkg, null, 2) + '\n');
	const link = path.join(nodesDir, 'node_modules', pkg.name);
	let target;
	try {
		target = fs.readlinkSync(link);
	} catch {
		target = undefined;
	}
	if (target !== ROOT) {
		fs.rmSync(link, { recursive: true, force: true });
		fs.symlinkSync(ROOT, link, platform.linkType(process.platform));
	}
}

/**
 * The template as `npm start` imports it: the error handler's failure log goes to FILES_DIR (as
 * shipped it is the path of n8n's Docker image, /home/node/.n8n-files/, which exists nowhere else).
 */
function localizeTemplate(wf, filesDir = FILES_DIR) {
	for (const node of wf.nodes) {
		const file = node && node.type === 'n8n-nodes-base.readWriteFile' && node.parameters && node.parameters.fileName;
		if (typeof file === 'string' && file.startsWith('/home/node/.n8n-files/')) {
			node.parameters.fileName = path.join(filesDir, file.slice('/home/node/.n8n-files/'.length));
		}
	}
	return wf;
}

function listTemplates() {
	const dir = path.join(ROOT, 'workflows');
	const found = [];
	const walk = (d) => {
		if (!fs.existsSync(d)) return;
		for (const e of fs.readdirSync(d, { withFileTypes: true })) {
			const p = path.join(d, e.name);
			if (e.isDirectory()) walk(p);
			else if (e.name.endsWith('.json') && !/^readme/i.test(e.name)) found.push(p);
		}
	};
	walk(dir);
	return found.sort();
}

/** Imports credentials (always: the sandbox port may have changed) and changed templates. */
function importIntoN8n(paths, sandboxUrl) {
	const work = fs.mkdtempSync(path.join(USER_FOLDER, 'import-'));
	try {
		const { sandboxCredentials } = require('./sandbox-credentials.js');
		const creds = sandboxCredentials(sandboxUrl);
		const credFile = path.join(work, 'credentials.json');
		fs.writeFileSync(credFile, JSON.stringify(creds, null, 2));
		say(`importing ${creds.length} sandbox credential(s)`);
		n8nCli(paths, ['import:credentials', `--input=${credFile}`]);

		const stateFile = path.join(USER_FOLDER, 'imported-templates.json');
		let state = {};
		try {
			state = JSON.parse(fs.readFileSync(stateFile, 'utf8'));
		} catch {
			state = {};
		}
		const templates = listTemplates();
		const dir = path.join(work, 'workflows');
		fs.mkdirSync(dir);
		const next = {};
		let count = 0;
		const workflows = [];
		for (const file of templates) {
			const rel = path.relative(ROOT, file);
			const text = fs.readFileSync(file, 'utf8');
			let wf;
			try {
				wf = JSON.parse(text);
			} catch (e) {
				say(`skipping ${rel}: not valid JSON (${e.message})`);
				continue;
			}
			if (!wf || !Array.isArray(wf.nodes)) {
				say(`skipping ${rel}: not a workflow`);
				continue;
			}
			workflows.push({ rel, wf });
			const hash = crypto.createHash('sha256').update(text).digest('hex');
			next[rel] = hash;
			if (!flag('reimport') && state[rel] === hash) continue;
			fs.writeFileSync(
				path.join(dir, `${String(count).padStart(3, '0')}.json`),
				JSON.stringify(localizeTemplate(JSON.parse(text)), null, 2),
			);
			count += 1;
		}
		if (count > 0) {
			say(`importing ${count} of ${workflows.length} workflow template(s) (new or changed)`);
			n8nCli(paths, ['import:workflow', '--separate', `--input=${dir}`]);
		} else {
			say(`${workflows.length} workflow template(s) already imported and unchanged`);
		}
		fs.writeFileSync(stateFile, JSON.stringify(next, null, 2) + '\n');
		return workflows;
	} finally {
		fs.rmSync(work, { recursive: true, force: true });
	}
}

/** What `npm start` prints once n8n is ready (exported for test/unit/packaging/start.test.ts). */
function readyBanner({ seconds, editorUrl, sandboxUrl, first }) {
	return [
		'',
		'='.repeat(72),
		` n8n is ready (${seconds.toFixed(0)} s)`,
		`   Editor           ${editorUrl}`,
		`   Sandbox status   ${sandboxUrl}/   (records of each simulated system)`,
		'',
		' What to click first:',
		`   1. Open ${editorUrl}`,
		'   2. First time only: create the owner account: any name and email, a password of',
		`      ${OWNER_PASSWORD_RULE}.`,
		'      The account stays on this machine, in .n8n-local/.',
		first
			? `   3. Open the workflow "${first.wf.name}" (${first.rel})`
			: '   3. Open a workflow (no templates under workflows/ yet)',
		'   4. Click "Execute workflow", then look at the sandbox status page to see what changed.',
		'',
		` Credentials "Sage Intacct (sandbox)" etc. already point at the sandbox.`,
		' Ctrl-C stops n8n and the sandbox.',
		'='.repeat(72),
		'',
	];
}

/* ------------------------------------------------------------ main */

async function main() {
	say('checking node_modules');
	require('./ensure-deps.js').ensureDeps();

	if (!flag('no-build')) {
		say('building (npm run build)');
		const npm = platform.npmCommand(process.platform);
		const b = spawnSync(npm.cmd, ['run', 'build'], { cwd: ROOT, stdio: 'inherit', shell: npm.shell });
		if (b.status !== 0) {
			if (fs.existsSync(path.join(ROOT, 'dist'))) {
				say('BUILD FAILED: continuing with the previous dist/ (see the errors above)');
			} else {
				throw new Error('npm run build failed and there is no dist/ to fall back on');
			}
		}
	}

	let paths;
	if (WITH_N8N) {
		paths = await require('./install-n8n.js').ensureN8n();
		if (!(await portFree(N8N_PORT))) throw new Error(`port ${N8N_PORT} is in use (another n8n?). Use --n8n-port <p>.`);
	}

	// The sandbox
	if (!(await portFree(SANDBOX_PORT))) throw new Error(`port ${SANDBOX_PORT} is in use. Use --port <p>.`);
	const sandboxUrl = `http://127.0.0.1:${SANDBOX_PORT}`;
	const tsx = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');
	say(`starting the sandbox on ${sandboxUrl}`);
	const sandbox = startProcess('sandbox', process.execPath, [tsx, 'sandbox/main.ts', '--port', String(SANDBOX_PORT)], {
		env: { ...process.env, SANDBOX_HOST: '127.0.0.1' },
		sink: prefixed('[sandbox]'),
	});
	for (let i = 0; !(await httpOk(`${sandboxUrl}/`)); i++) {
		if (i > 120)
			throw new Error(`sandbox did not answer on ${sandboxUrl}/ within 60 s:\n${sandbox.output().slice(-2000)}`);
		await sleep(500);
	}

	if (!WITH_N8N) {
		say(`sandbox ready. Status page: ${sandboxUrl}/   (Ctrl-C stops it)`);
		return;
	}

	// n8n
	fs.mkdirSync(FILES_DIR, { recursive: true });
	linkPackage();
	const workflows = importIntoN8n(paths, sandboxUrl);

	const editorUrl = `http://127.0.0.1:${N8N_PORT}/`;
	const logFile = path.join(USER_FOLDER, 'n8n.log');
	const log = fs.createWriteStream(logFile, { flags: 'a' });
	const streamN8n = prefixed('[n8n]');
	say(`starting n8n on ${editorUrl} (log: ${path.relative(ROOT, logFile)})`);
	const started = Date.now();
	const n8n = startProcess('n8n', paths.nodeBin, [paths.n8nBin, 'start'], {
		cwd: USER_FOLDER,
		env: n8nEnv(paths, {
			N8N_PORT: String(N8N_PORT),
			N8N_HOST: '127.0.0.1',
			N8N_PROTOCOL: 'http',
			WEBHOOK_URL: editorUrl,
			N8N_EDITOR_BASE_URL: editorUrl,
			N8N_RUNNERS_BROKER_PORT: String(await freePort()),
		}),
		sink: (d) => {
			log.write(d);
			if (VERBOSE) streamN8n(d);
		},
	});
	for (;;) {
		if (Date.now() - started > 180_000) throw new Error(`n8n not ready after 180 s:\n${n8n.output().slice(-3000)}`);
		if (n8n.output().includes('Editor is now accessible via') && (await httpOk(`${editorUrl}healthz`))) break;
		await sleep(300);
	}

	const loadFailure = n8n.output().indexOf('Failed to load package "n8n-nodes-intacct-sync"');
	if (loadFailure !== -1) {
		process.stdout.write(
			`\n[start] WARNING: n8n could not load this package, its nodes are missing in the editor:\n` +
				`${n8n
					.output()
					.slice(loadFailure, loadFailure + 600)
					.split('\n')
					.slice(0, 3)
					.join('\n')}\n`,
		);
	}
	const manual = workflows.find(({ wf }) => wf.nodes.some((n) => n && n.type === 'n8n-nodes-base.manualTrigger'));
	const first = manual || workflows[0];
	const lines = readyBanner({ seconds: (Date.now() - started) / 1000, editorUrl, sandboxUrl, first });
	process.stdout.write(lines.join('\n') + '\n');
}

module.exports = { readyBanner, localizeTemplate, OWNER_PASSWORD_RULE };

if (require.main === module) {
	process.on('SIGINT', () => void stopAll(0));
	process.on('SIGTERM', () => void stopAll(0));
	main().catch((err) => {
		process.stderr.write(`[start] ${err && err.message ? err.message : err}\n`);
		void stopAll(1);
	});
}
