import {
	amount,
	currencyCode,
	encodedPathId,
	InputError,
	integerId,
	pathId,
	pathUnderBase,
	singleKey,
	toIsoDate,
	toIsoDateTime,
} from '../../../nodes/shared/validate';

const err = (fn: () => unknown) => {
	try {
		fn();
	} catch (e) {
		expect(e).toBeInstanceOf(InputError);
		return (e as Error).message;
	}
	throw new Error('expected an InputError');
};

describe('strict dates', () => {
	it.each([
		'2025-02-30',
		'2025-13-45',
		'not a date',
		'2025',
		'2025-02',
		'2025-W05',
		'02/28/2025',
		'2025-02-28T24:00:00',
		'2025-02-28T10:61',
		'',
	])('refuses %p naming the field and format', (v) => {
		const msg = err(() => toIsoDate(v, { field: 'Start Date', item: 3 }));
		expect(msg).toMatch(/^Item 3: "Start Date"/);
		expect(msg).toContain('YYYY-MM-DD');
	});
	it('refuses non-strings', () => {
		expect(err(() => toIsoDate(20250228, 'Date'))).toContain('"Date" must be a date');
		expect(err(() => toIsoDate(['2025-02-28'], 'Date'))).toContain('a list');
	});
	it('keeps the calendar day as written', () => {
		expect(toIsoDate('2024-02-29', 'd')).toBe('2024-02-29');
		expect(toIsoDate('2025-02-28T23:30:00-05:00', 'd')).toBe('2025-02-28');
		expect(toIsoDate('2025-02-28 10:00', 'd')).toBe('2025-02-28');
		expect(toIsoDateTime('2025-02-28', 'd')).toBe('2025-02-28T00:00:00.000Z');
		expect(toIsoDateTime('2025-02-28T23:30:00-05:00', 'd')).toBe('2025-03-01T04:30:00.000Z');
		expect(toIsoDate(new Date('2025-02-28T00:00:00Z'), 'd')).toBe('2025-02-28');
	});
});

describe('currency codes', () => {
	it.each(['GBX', 'XYZ', 'EURO', '€', '', 'XTS', 12])('refuses %p', (v) => {
		expect(err(() => currencyCode(v, 'Currency'))).toMatch(/"Currency" .*not an ISO 4217 currency code/);
	});
	it('accepts active codes, upper-cased', () => {
		expect(currencyCode('gbp', 'c')).toBe('GBP');
		expect(currencyCode(' JPY ', 'c')).toBe('JPY');
	});
});

describe('keys and path IDs', () => {
	it.each([['3,4'], ['[5,6,7]'], [[5, 6]], ['a b'], [''], ['  '], [{}], [null]])('singleKey refuses %p', (v) => {
		expect(err(() => singleKey(v, 'Customer ID'))).toContain('"Customer ID"');
	});
	it.each(['.', '..', 'a/b', '..%2f', 'a\\b', 'x?y', 'x#y', 'a\u0001'])('pathId refuses %p', (v) => {
		expect(err(() => pathId(v, 'Invoice ID'))).toContain('"Invoice ID"');
	});
	it('encodes and accepts plain IDs', () => {
		expect(encodedPathId('inv_1001', 'id')).toBe('inv_1001');
		expect(encodedPathId('a+b', 'id')).toBe('a%2Bb');
		expect(integerId(' 42 ', 'id')).toBe('42');
		expect(integerId(7, 'id')).toBe('7');
		expect(err(() => integerId('4.2', 'ID'))).toContain('whole-number');
		expect(err(() => integerId('0', 'ID'))).toContain('whole-number');
	});
	it('keeps generic request paths under the base path', () => {
		const base = 'http://127.0.0.1:1/released/api/v1';
		expect(pathUnderBase(base, '/invoices', 'Path')).toBe('/invoices');
		expect(pathUnderBase(base, 'invoices/inv_1', 'Path')).toBe('/invoices/inv_1');
		for (const bad of [
			'/../__admin/reset',
			'/invoices/../../x',
			'%2e%2e/%2e%2e/__admin',
			'http://evil/x',
			'//evil/x',
			'\\..\\x',
			'/',
			'',
			'/a?b=1',
		]) {
			expect(err(() => pathUnderBase(base, bad, 'Path'))).toContain('"Path"');
		}
	});
});

describe('amounts', () => {
	it.each([
		['1,000.00'],
		['NaN'],
		[Number.NaN],
		[Infinity],
		['£10'],
		[true],
		['1e3'],
		[''],
		[null],
		[{}],
		['12.345'],
		[12.345],
	])('refuses %p', (v) => {
		expect(err(() => amount(v, 'Amount'))).toContain('"Amount"');
	});
	it('accepts plain numbers and binary fractions', () => {
		expect(amount('1000.50', 'a')).toBe(1000.5);
		expect(amount(0.1 + 0.2, 'a')).toBe(0.3);
		expect(amount(-5, 'a')).toBe(-5);
		expect(amount(1234567890.12, 'a')).toBe(1234567890.12);
		expect(err(() => amount(-5, 'A', { allowNegative: false }))).toContain('negative');
		expect(err(() => amount('1.5', 'A', { decimals: 0 }))).toContain('more than 0 decimals');
	});
});
