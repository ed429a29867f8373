#!/usr/bin/env node
/*
 * Makes sure a Chromium for the browser tests (test/browser/) is on this machine, from the
 * operating system's own packages: puppeteer-core drives it and downloads no browser itself.
 *
 *   node scripts/install-browser.js          prints the browser's path; installs it when missing
 *   node scripts/install-browser.js --check  prints the path, or exits 1 when there is none
 *
 * Order: $CHROMIUM_PATH (or $PUPPETEER_EXECUTABLE_PATH) if set, then chromium / chromium-browser /
 * google-chrome on the PATH. When none is found on a Debian or Ubuntu machine, it runs
 * `apt-get update` once and `apt-get install -y chromium` (through sudo when not root), as a fresh
 * CI machine needs. Elsewhere it says what to install and exits 1.
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

function onPath(name) {
	for (const dir of (process.env.PATH || '').split(path.delimiter)) {
		if (!dir) continue;
		const candidate = path.join(dir, name);
		try {
			fs.accessSync(candidate, fs.constants.X_OK);
			return candidate;
		} catch {
			// not here
		}
	}
	return undefined;
}

/** The browser to drive, or undefined. */
function findChromium(env = process.env) {
	const given = env.CHROMIUM_PATH || env.PUPPETEER_EXECUTABLE_PATH;
	if (given) return fs.existsSync(given) ? given : undefined;
	for (const name of NAMES) {
		const found = onPath(name);
		if (found) return found;
	}
	return undefined;
}

function run(cmd, args) {
	process.stdout.write(`[install-browser] ${cmd} ${args.join(' ')}\n`);
	const res = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
	return res.status === 0;
}

function install() {
	if (process.platform !== 'linux' || !onPath('apt-get')) {
		process.stderr.write(
			'[install-browser] no Chromium found and this is not a Debian/Ubuntu machine: install Chromium or Chrome ' +
				'and set CHROMIUM_PATH to its executable.\n',
		);
		return false;
	}
	const root = typeof process.getuid === 'function' && process.getuid() === 0;
	const prefix = root ? [] : onPath('sudo') ? ['sudo', '-n'] : undefined;
	if (!prefix) {
		process.stderr.write('[install-browser] apt-get needs root: run `sudo apt-get install -y chromium` once.\n');
		return false;
	}
	const apt = (args) =>
		prefix.length ? run(prefix[0], [...prefix.slice(1), 'apt-get', ...args]) : run('apt-get', args);
	if (!apt(['update'])) return false;
	// Debian names the package chromium; older Ubuntu releases chromium-browser.
	return apt(['install', '-y', '--no-install-recommends', 'chromium']) || apt(['install', '-y', 'chromium-browser']);
}

function main() {
	let found = findChromium();
	if (!found && !process.argv.includes('--check')) {
		install();
		found = findChromium();
	}
	if (!found) {
		process.stderr.write('[install-browser] no Chromium available\n');
		process.exit(1);
	}
	process.stdout.write(`${found}\n`);
}

module.exports = { findChromium };

if (require.main === module) main();
