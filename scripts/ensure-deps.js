#!/usr/bin/env node
/*
 * Makes sure node_modules matches package-lock.json; a fast no-op (a few ms) when it does.
 *
 * - No node_modules, or node_modules that does not match the lockfile: `npm install` (which
 *   follows the lockfile; see ensureDeps for why not `npm ci`). The project's .npmrc has ignore-scripts=true on
 *   purpose (a dev dependency has an `only-allow pnpm` preinstall), so no install script runs.
 * - "Matches" = a stamp written after our own install holds the lockfile's hash, or, for a
 *   node_modules installed by hand, npm's hidden lockfile (node_modules/.package-lock.json) has
 *   every non-optional package of package-lock.json at the same version (then the stamp is written).
 *
 * Plain Node, no dependencies. CLI: `node scripts/ensure-deps.js`; module: `{ ensureDeps }`.
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const crypto = require('node:crypto');
const { spawnSync } = require('node:child_process');

const REPO_ROOT = path.resolve(__dirname, '..');
const STAMP = path.join('node_modules', '.intacct-sync-deps.stamp');

function readJson(file) {
	try {
		return JSON.parse(fs.readFileSync(file, 'utf8'));
	} catch {
		return undefined;
	}
}

function depsHash(root) {
	const h = crypto.createHash('sha256');
	const lock = path.join(root, 'package-lock.json');
	if (fs.existsSync(lock)) h.update(fs.readFileSync(lock));
	const pkg = readJson(path.join(root, 'package.json')) || {};
	h.update(
		JSON.stringify([
			pkg.dependencies,
			pkg.devDependencies,
			pkg.peerDependencies,
			pkg.optionalDependencies,
			pkg.overrides,
		]),
	);
	return h.digest('hex');
}

/** Does node_modules (installed by anyone) hold every package of the lockfile? */
function matchesLockfile(root) {
	const lock = readJson(path.join(root, 'package-lock.json'));
	const hidden = readJson(path.join(root, 'node_modules', '.package-lock.json'));
	if (!lock || !hidden || !lock.packages || !hidden.packages) return false;
	for (const [key, entry] of Object.entries(lock.packages)) {
		if (key === '' || !key.startsWith('node_modules/') || entry.optional || entry.link) continue;
		const have = hidden.packages[key];
		if (!have || have.version !== entry.version) return false;
	}
	// Direct dependencies of package.json must be in the lockfile too (package.json edited, lock not).
	const pkg = readJson(path.join(root, 'package.json')) || {};
	for (const name of Object.keys({ ...pkg.dependencies, ...pkg.devDependencies })) {
		if (!lock.packages[`node_modules/${name}`]) return false;
	}
	return true;
}

function upToDate(root) {
	if (!fs.existsSync(path.join(root, 'node_modules'))) return false;
	const hash = depsHash(root);
	let stamp;
	try {
		stamp = fs.readFileSync(path.join(root, STAMP), 'utf8').trim();
	} catch {
		stamp = undefined;
	}
	if (stamp === hash) return true;
	if (matchesLockfile(root)) {
		fs.writeFileSync(path.join(root, STAMP), hash + '\n');
		return true;
	}
	return false;
}

/** Returns true when it installed, false when node_modules was already up to date. Throws on failure. */
function ensureDeps({ root = REPO_ROOT, quiet = false } = {}) {
	if (upToDate(root)) return false;
	// Not `npm ci`: the registry these machines reach does not serve some other platforms' optional
	// binaries (e.g. @unrs/resolver-binding-*), so npm cannot write them into the lockfile and `npm ci`
	// refuses the lockfile as out of sync. `npm install` honours the lockfile and skips them.
	const args = ['install', '--no-audit', '--no-fund'];
	if (!quiet) process.stdout.write(`[ensure-deps] node_modules missing or stale: npm ${args[0]}\n`);
	const started = Date.now();
	const npm = require('./n8n-platform.js').npmCommand(process.platform); // npm.cmd + shell on Windows
	const res = spawnSync(npm.cmd, args, {
		cwd: root,
		stdio: quiet ? 'pipe' : 'inherit',
		encoding: 'utf8',
		shell: npm.shell,
	});
	if (res.error) throw res.error;
	if (res.status !== 0) {
		throw new Error(`npm ${args[0]} failed (exit ${res.status})${quiet ? `\n${res.stdout}\n${res.stderr}` : ''}`);
	}
	fs.writeFileSync(path.join(root, STAMP), depsHash(root) + '\n');
	if (!quiet) process.stdout.write(`[ensure-deps] done in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
	return true;
}

module.exports = { ensureDeps, upToDate };

if (require.main === module) {
	try {
		ensureDeps();
	} catch (err) {
		process.stderr.write(`[ensure-deps] ${err.message}\n`);
		process.exit(1);
	}
}
