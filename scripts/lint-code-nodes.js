#!/usr/bin/env node
/*
 * Lints the JavaScript inside every Code node of the templates (workflows/**\/*.json), as n8n's
 * Code node runs it: the body of an async function (top-level `return` and `await` allowed) with
 * n8n's helpers as globals. "Run Once for All Items" (the default) gets `$input`, `items`, `$`, ...;
 * "Run Once for Each Item" also gets `item`, `$json`, `$binary`, `$itemIndex`. Anything else
 * undeclared (a typo, a variable used out of scope) is an error, as are unused variables and
 * ESLint's recommended rules.
 *
 * Part of `npm run lint`. Plain Node + the project's ESLint; exits 1 on any problem, printing
 * `<file> > node "<name>" <line>:<col> <message> (<rule>)` with the line inside the node's code.
 * CLI: `node scripts/lint-code-nodes.js [file.json ...]` (default: every workflows/**\/*.json).
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { ESLint } = require('eslint');
const js = require('@eslint/js');

const REPO_ROOT = path.resolve(__dirname, '..');

// Globals of n8n's Code node (JavaScript), from n8n's "Built-in methods and variables" docs.
const ALL_ITEMS_GLOBALS = [
	'$',
	'$input',
	'items',
	'$items',
	'$node',
	'$execution',
	'$workflow',
	'$prevNode',
	'$runIndex',
	'$now',
	'$today',
	'$jmespath',
	'$vars',
	'$secrets',
	'$env',
	'$mode',
	'$parameter',
	'$nodeVersion',
	'$nodeId',
	'$webhookId',
	'$evaluateExpression',
	'$getWorkflowStaticData',
	'$ifEmpty',
	'$max',
	'$min',
	'$fromAI',
	'DateTime',
	'Duration',
	'Interval',
	'console',
	'require',
	'Buffer',
	'setTimeout',
	'clearTimeout',
	'URL',
	'URLSearchParams',
];
const EACH_ITEM_GLOBALS = ['item', '$json', '$binary', '$itemIndex'];

// The node's code runs as the body of an async function; the wrapper adds one line before it.
const PREFIX = '(async function () {\n';
const SUFFIX = '\n})();\n';

function workflowFiles(dir) {
	const out = [];
	for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) out.push(...workflowFiles(full));
		else if (entry.name.endsWith('.json')) out.push(full);
	}
	return out.sort();
}

function codeNodes(file) {
	const workflow = JSON.parse(fs.readFileSync(file, 'utf8'));
	const nodes = Array.isArray(workflow.nodes) ? workflow.nodes : [];
	return nodes
		.filter((node) => node.type === 'n8n-nodes-base.code' && typeof node.parameters?.jsCode === 'string')
		.filter((node) => (node.parameters.language ?? 'javaScript') === 'javaScript')
		.map((node) => ({
			name: node.name,
			mode: node.parameters.mode ?? 'runOnceForAllItems',
			code: node.parameters.jsCode,
		}));
}

function eslintFor(mode) {
	const names = mode === 'runOnceForEachItem' ? [...ALL_ITEMS_GLOBALS, ...EACH_ITEM_GLOBALS] : ALL_ITEMS_GLOBALS;
	return new ESLint({
		cwd: REPO_ROOT,
		overrideConfigFile: true,
		overrideConfig: [
			{
				files: ['**/*.js'],
				...js.configs.recommended,
				languageOptions: {
					ecmaVersion: 'latest',
					sourceType: 'script',
					globals: Object.fromEntries(names.map((name) => [name, 'readonly'])),
				},
			},
			{
				files: ['**/*.js'],
				linterOptions: { reportUnusedDisableDirectives: 'error' },
				rules: { 'no-unused-vars': ['error', { args: 'none', caughtErrors: 'none' }] },
			},
		],
	});
}

async function main() {
	const args = process.argv.slice(2);
	const files = args.length ? args.map((f) => path.resolve(f)) : workflowFiles(path.join(REPO_ROOT, 'workflows'));
	const linters = new Map();
	let problems = 0;
	let checked = 0;
	for (const file of files) {
		const rel = path.relative(REPO_ROOT, file);
		for (const node of codeNodes(file)) {
			if (!linters.has(node.mode)) linters.set(node.mode, eslintFor(node.mode));
			const [result] = await linters.get(node.mode).lintText(PREFIX + node.code + SUFFIX, {
				filePath: path.join(REPO_ROOT, 'code-node.js'),
			});
			checked++;
			for (const m of result.messages) {
				problems++;
				const line = Math.max(1, (m.line ?? 2) - 1);
				console.log(`${rel} > node "${node.name}" ${line}:${m.column ?? 0} ${m.message} (${m.ruleId ?? 'parse'})`);
			}
		}
	}
	console.log(`lint-code-nodes: ${checked} Code node(s) in ${files.length} file(s), ${problems} problem(s)`);
	if (problems > 0) process.exitCode = 1;
}

main().catch((err) => {
	console.error(err);
	process.exitCode = 1;
});
