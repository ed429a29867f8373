import { fieldsToScoro } from '../../../nodes/Scoro/helpers/body';

// A list filter's date is a range object (Scoro reference: {"from_date": ..., "to_date": ...});
// the strict date check must take the range, check each bound, and still refuse impossible dates.
describe('Scoro filter date ranges in Other Fields (JSON)', () => {
	it('keeps a from/to range and checks each bound', () => {
		const out = fieldsToScoro({ json: '{"date":{"from_date":"2026-09-01","to_date":"2026-09-30"}}' }, [], 'Filter ');
		expect(out.date).toEqual({ from_date: '2026-09-01', to_date: '2026-09-30' });
	});
	it('refuses an impossible bound, naming it', () => {
		expect(() => fieldsToScoro({ json: '{"date":{"from_date":"2026-02-30"}}' }, [], 'Filter ')).toThrow(
			/Filter Other Fields \(JSON\)\.date\.from_date: "2026-02-30" is not a date/,
		);
	});
	it('refuses other keys in a range', () => {
		expect(() => fieldsToScoro({ json: '{"date":{"after":"2026-02-01"}}' }, [], 'Filter ')).toThrow(
			/date\.after: a date range takes only from_date and to_date/,
		);
	});
	it('still refuses a plain impossible date', () => {
		expect(() => fieldsToScoro({ json: '{"date":"2025-02-30"}' }, [], '')).toThrow(/is not a date/);
	});
});
