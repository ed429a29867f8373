/**
 * The CI share of the fault suite (test/faults/ciShare.ts, issue 12): a named, deterministic set of
 * at least six existing templates that together cover the three directions and every write kind,
 * each run through clean, faults, sigkill and overlap, small enough for its time guard.
 */
import { CI_SHARE, describeCiShare } from '../../faults/ciShare';
import { SCENARIOS } from '../../faults/scenarios';
import { TEMPLATES } from '../../faults/templates';

describe('fault suite CI share', () => {
	it('names at least six templates that exist, each once', () => {
		const shorts = CI_SHARE.templates.map((t) => t.short);
		expect(shorts.length).toBeGreaterThanOrEqual(6);
		expect(new Set(shorts).size).toBe(shorts.length);
		for (const s of shorts) expect(TEMPLATES.map((t) => t.short)).toContain(s);
	});

	it('runs clean, faults, sigkill and overlap, all of them real scenarios', () => {
		expect(CI_SHARE.scenarios).toEqual(['clean', 'faults', 'sigkill', 'overlap']);
		for (const s of CI_SHARE.scenarios) expect(SCENARIOS.map((x) => x.name)).toContain(s);
	});

	it('covers into Intacct, out of Intacct and the write-back, and create, update, payment application, status write-back', () => {
		const covers = CI_SHARE.templates.map((t) => t.covers).join('\n');
		expect(CI_SHARE.templates.some((t) => /→ int$/.test(t.short.replace('→int', '→ int')))).toBe(true);
		expect(CI_SHARE.templates.some((t) => t.short.startsWith('int→'))).toBe(true);
		for (const kind of [/create/, /update/, /payment application/, /status write-back/, /write-back of the/]) expect(covers).toMatch(kind);
		// The full set runs from the same script: the share is printed as such.
		expect(describeCiShare()).toMatch(/npm run test:faults -- --full \(N=1000\)/);
	});

	it('is small: under 10 minutes by its guard, fewer records than the default run', () => {
		expect(CI_SHARE.budgetSeconds).toBeLessThan(600);
		expect(CI_SHARE.n).toBeLessThan(15);
	});
});
