/**
 * The CI share of the fault suite (test/faults/ciShare.ts, issue 12): a named, deterministic set of
 * at least five existing templates that together cover the three directions and every write kind,
 * each run through clean, faults and overlap (SIGKILL: the whole suite), small enough for its time guard.
 */
import { existsSync, readdirSync, readFileSync } from 'fs';
import path from 'path';
import { CI_SHARE, describeCiShare } from '../../faults/ciShare';

// templates.ts and scenarios.ts are read as text: importing them loads the n8n harness, whose open
// handles would keep a unit run alive. run.ts itself refuses a share naming a template that does not exist.
const FAULTS = path.join(__dirname, '../../faults');
const specsDir = path.join(FAULTS, 'specs');
const templateSource = [
	path.join(FAULTS, 'templates.ts'),
	...(existsSync(specsDir) ? readdirSync(specsDir).map((f) => path.join(specsDir, f)) : []),
]
	.map((f) => readFileSync(f, 'utf8'))
	.join('\n');
const shortNames = [...templateSource.matchAll(/short: '([^']+)'/g)].map((m) => m[1]);
const scenarioNames = [...readFileSync(path.join(FAULTS, 'scenarios.ts'), 'utf8').matchAll(/name: '([^']+)'/g)].map(
	(m) => m[1],
);

describe('fault suite CI share', () => {
	it('names at least five templates that exist, each once', () => {
		const shorts = CI_SHARE.templates.map((t) => t.short);
		expect(shorts.length).toBeGreaterThanOrEqual(5);
		expect(new Set(shorts).size).toBe(shorts.length);
		for (const s of shorts) expect(shortNames).toContain(s);
	});

	it('runs clean, faults and overlap, all of them real scenarios', () => {
		expect(CI_SHARE.scenarios).toEqual(['clean', 'faults', 'overlap']);
		for (const s of CI_SHARE.scenarios) expect(scenarioNames).toContain(s);
	});

	it('covers into Intacct, out of Intacct and the write-back, and create, update, payment application, status write-back', () => {
		const covers = CI_SHARE.templates.map((t) => t.covers).join('\n');
		expect(CI_SHARE.templates.some((t) => t.short.includes('→int '))).toBe(true);
		expect(CI_SHARE.templates.some((t) => t.short.startsWith('int→'))).toBe(true);
		for (const kind of [/create/, /update/, /payment application/, /status write-back/, /write-back of the/])
			expect(covers).toMatch(kind);
		// The full set runs from the same script: the share is printed as such.
		expect(describeCiShare()).toMatch(/npm run test:faults -- --full \(N=1000\)/);
	});

	it('is small: under 10 minutes by its guard, fewer records than the default run', () => {
		expect(CI_SHARE.budgetSeconds).toBeLessThan(600);
		expect(CI_SHARE.n).toBeLessThan(15);
	});
});
