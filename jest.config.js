// Three jest projects; `npm test` (scripts/test.js) runs them all, e2e with --runInBand.
//   unit  pure code, nock               npm run test:unit
//   node  node classes in n8n's engine  npm run test:node
//   e2e   real n8n (test/helpers/n8n.ts) npm run test:e2e   (serial: one n8n at a time, minutes)
// tsconfig.jest.json: transpile only (types are checked by npm run typecheck); JEST_TSCONFIG overrides it.
const tsJest = ['ts-jest', { tsconfig: process.env.JEST_TSCONFIG || '<rootDir>/tsconfig.jest.json' }];

/** @param {string} name @param {object} extra */
function project(name, extra = {}) {
	return {
		displayName: name,
		preset: 'ts-jest',
		testEnvironment: 'node',
		rootDir: __dirname,
		testMatch: [`<rootDir>/test/${name}/**/*.test.ts`],
		transform: { '^.+\\.tsx?$': tsJest },
		moduleFileExtensions: ['ts', 'js', 'json'],
		// Keep jest away from the 2.8 GB n8n runtime and from build output.
		modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/.cache/', '<rootDir>/.n8n-local/'],
		watchPathIgnorePatterns: ['<rootDir>/.cache/', '<rootDir>/.n8n-local/'],
		...extra,
	};
}

/** @type {import('jest').Config} */
module.exports = {
	projects: [
		project('unit'),
		project('node'),
		// e2e starts real n8n processes: one CLI call is about 3-6 s, a server start about 8-15 s.
		// Note: jest 30 ignores `testTimeout` inside a project (only the global option is read), so the
		// 10 min e2e timeout comes from `--testTimeout=600000` (npm run test:e2e, scripts/test.js) and
		// from test/helpers/n8n.ts, which calls jest.setTimeout(10 min) when imported.
		project('e2e', { slowTestThreshold: 120 }),
		// browser: Chromium from the OS packages (scripts/install-browser.js) driven by puppeteer-core.
		project('browser', { slowTestThreshold: 60 }),
	],
};
