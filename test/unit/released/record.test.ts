import {
	RecordInputError,
	asRecord,
	normaliseMoney,
	recordFromUi,
	toContractDate,
} from '../../../nodes/ReLeased/helpers/record';
import { validateDocument } from '../../../nodes/ReLeased/generic/documents';

describe('building records from the UI', () => {
	it('turns lines, tracking, addresses and dates into the contract shape', () => {
		const record = recordFromUi({
			type: 'Income',
			issueDate: '2024-05-01T00:00:00.000+12:00',
			dueDate: '',
			lines: {
				line: [
					{
						description: 'Rent',
						amountExclTax: 10,
						accountCode: '200',
						taxType: '',
						taxAmount: '',
						trackingOption: '12 Queen St',
					},
				],
			},
			postalAddress: { value: { city: 'Auckland' } },
			streetAddress: {},
		});
		expect(record).toEqual({
			type: 'Income',
			issueDate: '2024-05-01',
			lines: [
				{
					description: 'Rent',
					amountExclTax: 10,
					accountCode: '200',
					tracking: { category: 'Property', option: '12 Queen St' },
				},
			],
			postalAddress: { city: 'Auckland' },
		});
	});

	it('names the field of a bad value', () => {
		expect(() => recordFromUi({ lines: { line: [{ amountExclTax: 1, taxAmount: 'ten' }] } })).toThrow(
			/lines\[0\]\.taxAmount/,
		);
		expect(() => toContractDate('not a date', 'dueDate')).toThrow(/"dueDate" must be a date/);
		expect(() => asRecord('{"a":', 'Record (JSON)')).toThrow(/Record \(JSON\) is not valid JSON/);
		expect(() => asRecord('[1]', 'Record (JSON)')).toThrow(RecordInputError);
	});

	it('rounds money to two decimals whatever the input mode', () => {
		expect(normaliseMoney({ amount: '10.005', lines: [{ amountExclTax: 1.234, taxAmount: 0.185 }] })).toEqual({
			amount: 10.01,
			lines: [{ amountExclTax: 1.23, taxAmount: 0.19 }],
		});
	});

	it('validates documents before they are sent', () => {
		const ok = { type: 'Income', status: 'AwaitingApproval', contactId: 'con_1', lines: [{ amountExclTax: 5 }] };
		expect(() => validateDocument('invoice', ok, 'create', true)).not.toThrow();
		expect(() => validateDocument('invoice', { ...ok, status: 'Paid' }, 'create', true)).toThrow(
			/"status".*Void operation/,
		);
		expect(() => validateDocument('invoice', { ...ok, type: 'Receipt' }, 'create', true)).toThrow(/"type"/);
		expect(() => validateDocument('invoice', { ...ok, contactId: '' }, 'create', true)).toThrow(/"contactId"/);
		expect(() => validateDocument('invoice', { ...ok, lines: [] }, 'create', true)).toThrow(/no lines/);
		expect(() => validateDocument('invoice', { ...ok, lines: [{ amountExclTax: -5 }] }, 'create', true)).toThrow(
			/credit note or adjustment/,
		);
		// An update only checks what it changes.
		expect(() => validateDocument('invoice', { reference: 'x' }, 'update', true)).not.toThrow();
	});
});
