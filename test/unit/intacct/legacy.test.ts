import { legacyFunction, LegacyShapeError } from '../../../nodes/SageIntacct/transport/legacy';
import { validateIntacctRequest } from '../../helpers/xsd';

describe('legacy function records', () => {
	const invoice = {
		// deliberately out of schema order, with ISO dates
		invoiceitems: {
			lineitem: [
				{ amount: 100.5, memo: 'Desk & chair <A>', glaccountno: '4000', locationid: 'US' },
				{ glaccountno: '4010', amount: '-10' },
			],
		},
		currency: 'GBP',
		exchratetype: 'Intacct Daily Rate',
		datecreated: '2026-11-01',
		customerid: 'C-0001',
		datedue: '2026-12-01',
		action: 'Draft',
		invoiceno: 'INV-1',
	};

	it('orders elements per the schema and converts dates, so the request validates against api.xsd', async () => {
		const body = legacyFunction('create_invoice', invoice);
		const inner = body.create_invoice as Record<string, unknown>;
		expect(Object.keys(inner)).toEqual([
			'customerid',
			'datecreated',
			'datedue',
			'action',
			'invoiceno',
			'currency',
			'exchratetype',
			'invoiceitems',
		]);
		expect(inner.datecreated).toEqual({ year: '2026', month: '11', day: '01' });
		const result = await validateIntacctRequest([{ controlId: 'x', body }]);
		expect(result.errors).toEqual([]);
		expect(result.valid).toBe(true);
	});

	it('the schema check itself rejects what Sage would reject (the helper can fail)', async () => {
		const result = await validateIntacctRequest([
			{
				controlId: 'x',
				body: { create_invoice: { datecreated: { year: '2026', month: '1', day: '1' }, customerid: 'C' } },
			},
		]);
		expect(result.valid).toBe(false);
	});

	it('names an unknown field, a missing required field and a bad date', () => {
		expect(() => legacyFunction('create_invoice', { ...invoice, colour: 'red' })).toThrow(
			/create_invoice\.colour.*Allowed: customerid/,
		);
		const { customerid: _c, ...noCustomer } = invoice;
		expect(() => legacyFunction('create_invoice', noCustomer)).toThrow(LegacyShapeError);
		expect(() => legacyFunction('create_invoice', noCustomer)).toThrow(/create_invoice\.customerid is required/);
		expect(() => legacyFunction('create_invoice', { ...invoice, datecreated: '31/31/2026' })).toThrow(
			/datecreated" is "31\/31\/2026", which is not a real date .*YYYY-MM-DD/,
		);
		expect(() =>
			legacyFunction('create_invoice', {
				...invoice,
				invoiceitems: { lineitem: [{ glaccountno: '4000', amount: 1, bogus: 1 }] },
			}),
		).toThrow(/invoiceitems\.lineitem\[0\]\.bogus/);
	});
});
