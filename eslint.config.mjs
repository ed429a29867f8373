// One lint over every TypeScript and JavaScript file of the repository:
// - the shipped package (nodes, credentials, package.json) with both of n8n's plugins;
// - sandbox/, test/, scripts/, bench/ and the root config files with a lighter but real set
//   (typescript-eslint recommended + typed no-floating-promises / no-misused-promises: an
//   un-awaited promise in a test or the sandbox is a test that passes without checking anything).
// The JavaScript inside the templates' Code nodes is linted by scripts/lint-code-nodes.js (npm run lint).
// Formatting is prettier's (.prettierrc.json); no stylistic rule here, so the two never disagree.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import * as jsoncParser from 'jsonc-eslint-parser';
import n8nNodesBase from 'eslint-plugin-n8n-nodes-base';
import communityNodes from '@n8n/eslint-plugin-community-nodes';

const community = communityNodes.configs.recommendedWithoutN8nCloudSupport;

// Node's globals for the plain-JavaScript files (scripts/, root configs); written out rather than
// imported from `globals`, which is not a dependency of ours.
const nodeGlobals = Object.fromEntries(
	[
		'require',
		'module',
		'exports',
		'__dirname',
		'__filename',
		'process',
		'console',
		'Buffer',
		'URL',
		'URLSearchParams',
		'AbortController',
		'AbortSignal',
		'TextDecoder',
		'TextEncoder',
		'fetch',
		'setTimeout',
		'clearTimeout',
		'setInterval',
		'clearInterval',
		'setImmediate',
		'clearImmediate',
		'queueMicrotask',
		'structuredClone',
		'performance',
	].map((name) => [name, 'readonly']),
);

// Rules for code that is not shipped (tests, sandbox, scripts, bench): eslint's and typescript-eslint's
// recommended sets; unused names are allowed only when spelled `_name`.
const lighterRules = {
	'@typescript-eslint/no-unused-vars': [
		'error',
		{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
	],
};

export default [
	{ linterOptions: { reportUnusedDisableDirectives: 'error' } },
	{
		ignores: ['dist/**', 'node_modules/**', '.cache/**', 'coverage/**', '.n8n/**', '.n8n-local/**', '.run/**'],
	},
	{
		files: ['package.json'],
		languageOptions: { parser: jsoncParser },
		plugins: { 'n8n-nodes-base': n8nNodesBase, ...community.plugins },
		rules: {
			...n8nNodesBase.configs.community.rules,
			...community.rules,
			// We ship three runtime libraries on purpose (fast-xml-parser, zod, luxon: see README
			// "Runtime dependencies"); that also makes the package ineligible for n8n Cloud, hence n8n.strict=false.
			'@n8n/community-nodes/no-runtime-dependencies': 'off',
		},
	},
	// Every TypeScript file is parsed with type information from tsconfig.test.json, which includes
	// nodes, credentials, sandbox, test, scripts and bench (one program, built once).
	{
		files: ['**/*.ts'],
		languageOptions: {
			parser: tseslint.parser,
			parserOptions: { project: './tsconfig.test.json', sourceType: 'module' },
		},
		plugins: { '@typescript-eslint': tseslint.plugin },
	},
	{
		files: ['nodes/**/*.ts', 'credentials/**/*.ts'],
		plugins: { 'n8n-nodes-base': n8nNodesBase, ...community.plugins },
		rules: { ...community.rules },
	},
	{
		files: ['credentials/**/*.ts'],
		rules: {
			...n8nNodesBase.configs.credentials.rules,
			'n8n-nodes-base/cred-class-field-documentation-url-miscased': 'off',
		},
	},
	{
		files: ['nodes/**/*.ts'],
		rules: {
			...n8nNodesBase.configs.nodes.rules,
			'n8n-nodes-base/node-class-description-inputs-wrong-regular-node': 'off',
			'n8n-nodes-base/node-class-description-outputs-wrong': 'off',
			'n8n-nodes-base/node-param-type-options-max-value-present': 'off',
		},
	},
	// Not shipped: sandbox, tests, scripts, bench.
	{ files: ['sandbox/**/*.ts', 'test/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts'], ...js.configs.recommended },
	...tseslint.configs.recommended.map((config) => ({
		...config,
		files: ['sandbox/**/*.ts', 'test/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts'],
	})),
	{
		files: ['sandbox/**/*.ts', 'test/**/*.ts', 'scripts/**/*.ts', 'bench/**/*.ts'],
		rules: {
			...lighterRules,
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
		},
	},
	{
		files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
		...js.configs.recommended,
		languageOptions: { ecmaVersion: 2022, sourceType: 'commonjs', globals: nodeGlobals },
	},
	{
		files: ['**/*.js', '**/*.cjs', '**/*.mjs'],
		rules: { 'no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }] },
	},
	{ files: ['**/*.mjs'], languageOptions: { sourceType: 'module' } },
	{
		files: ['test/**/*.ts'],
		rules: {
			// Test doubles, fakes of n8n's context and raw wire fixtures are deliberately loose; the shipped
			// code, the sandbox, scripts and bench keep the rule.
			'@typescript-eslint/no-explicit-any': 'off',
		},
	},
];
