import { checkLinesSaved } from '../../../nodes/Scoro/helpers/record';
import { fieldsToScoro, toScoroDate, toScoroDateTime } from '../../../nodes/Scoro/helpers/body';
import { spec as invoice } from '../../../nodes/Scoro/actions/invoice';
import { LINE_FIELDS } from '../../../nodes/Scoro/generic/spec';

describe('checkLinesSaved', () => {
	it('fails when Scoro answers with fewer lines than were sent', () => {
		expect(() =>
			checkLinesSaved(invoice, { lines: [{ id: 1 }] }, [{ comment: 'a' }, { comment: 'b' }], 'Invoice 3'),
		).toThrow(/LINES_MISMATCH: Invoice 3 was saved with 1 lines but 2 were sent/);
	});
	it('passes when the counts agree, when no lines were sent, or when the answer has no lines', () => {
		expect(() => checkLinesSaved(invoice, { lines: [{}, {}] }, [{}, {}], 'x')).not.toThrow();
		expect(() => checkLinesSaved(invoice, { lines: [{}] }, undefined, 'x')).not.toThrow();
		expect(() => checkLinesSaved(invoice, {}, [{}], 'x')).not.toThrow();
	});
});

describe('UI values to Scoro fields', () => {
	it('types numbers, dates and dropdown ids, and merges Other Fields (JSON)', () => {
		const out = fieldsToScoro(
			{ price: '12.5', finance_account_id: '4', comment: 'x', json: '{"custom_fields":[{"id":1}]}' },
			LINE_FIELDS,
			'Line 1: ',
		);
		expect(out).toEqual({ price: 12.5, finance_account_id: 4, comment: 'x', custom_fields: [{ id: 1 }] });
	});
	it('names the line and field of a bad value', () => {
		expect(() => fieldsToScoro({ amount: 'three' }, LINE_FIELDS, 'Line 2: ')).toThrow(
			'Line 2: Quantity (amount): "three" is not a number',
		);
		expect(() => fieldsToScoro({ json: '{oops' }, LINE_FIELDS, 'Line 2: ')).toThrow(
			/Line 2: Other Fields \(JSON\): not valid JSON/,
		);
	});
	it('formats dates for documents and date-times for modified filters', () => {
		expect(toScoroDate('2026-11-01T00:00:00', 'date')).toBe('2026-11-01');
		expect(toScoroDateTime('2026-11-01T10:20:30', 'f')).toBe('2026-11-01 10:20:30');
		expect(toScoroDateTime('2026-11-01T10:20:30+02:00', 'f')).toBe('2026-11-01 08:20:30');
		expect(() => toScoroDate('soon', 'Date (date)')).toThrow('Date (date): "soon" is not a date');
	});
});
