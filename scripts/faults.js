#!/usr/bin/env node
/*
 * `npm run test:faults [-- options]`: the fault suite (test/faults/run.ts) under tsx.
 * Needs dist/ (npm run build) and the pinned n8n runtime (node scripts/install-n8n.js).
 * Options: --ci (the CI share, test/faults/ciShare.ts), --full (N=1000), --n N, --template X[,Y], --scenario A[,B],
 * --seed S, --json FILE, --list, --budget S (rows not started after S seconds FAIL).
 * The last line printed is `N passed, N failed`; the JSON report (default .run/faults.json) holds
 * the same counts and every row: { n, seed, seconds, passed, failed, skipped, results: [...] }.
 */
'use strict';

const path = require('node:path');
const { spawn } = require('node:child_process');

const ROOT = path.resolve(__dirname, '..');
const tsxCli = require.resolve('tsx/cli', { paths: [ROOT] });
const child = spawn(process.execPath, [tsxCli, path.join(ROOT, 'test', 'faults', 'run.ts'), ...process.argv.slice(2)], {
	cwd: ROOT,
	stdio: 'inherit',
	// n8n must not see jest's NODE_ENV (test/helpers/n8n.ts removes it too).
	env: { ...process.env, N8N_E2E_BUILD: process.env.N8N_E2E_BUILD || 'never' },
});
const forward = (signal) => child.kill(signal);
process.on('SIGINT', forward);
process.on('SIGTERM', forward);
child.on('close', (code, signal) => {
	process.exitCode = code ?? (signal ? 1 : 0);
});
