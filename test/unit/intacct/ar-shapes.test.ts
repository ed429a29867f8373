/** Pure shaping code of the receivables operations: tax entries, upsert mapping, generic-field normalising. */
import { legacyWithTax } from '../../../nodes/SageIntacct/generic/taxEntries';
import { toUpdate } from '../../../nodes/SageIntacct/actions/arInvoice/upsert.operation';
import { updateBody } from '../../../nodes/SageIntacct/actions/arInvoice/update.operation';
import { normalizePayment } from '../../../nodes/SageIntacct/actions/arPayment/create.operation';
import { normalizeAdvance } from '../../../nodes/SageIntacct/actions/arAdvance/create.operation';
import { money, usDate } from '../../../nodes/SageIntacct/generic/records';
import { LegacyShapeError } from '../../../nodes/SageIntacct/transport/legacy';
import { buildRequestXml, toXml } from '../../../nodes/SageIntacct/transport/xml';
import { validateIntacctRequest } from '../../helpers/xsd';

const invoice = {
	invoiceitems: {
		lineitem: [
			{
				locationid: 'UK',
				amount: 100.005,
				glaccountno: '4000',
				taxentries: { taxentry: { detailid: 'UK Std', trx_tax: 20 } },
			},
			{ glaccountno: '4010', amount: 1 },
		],
	},
	taxsolutionid: 'United Kingdom - VAT',
	datecreated: '2026-11-01',
	customerid: 'C-0002',
	termname: 'Net 15',
};

describe('tax entries (outside the 2019 schema)', () => {
	it('are refused unless allowed, naming the field and the fix', () => {
		expect(() => legacyWithTax('create_invoice', invoice, 'invoiceitems', false)).toThrow(LegacyShapeError);
		expect(() => legacyWithTax('create_invoice', invoice, 'invoiceitems', false)).toThrow(
			/create_invoice\.taxsolutionid: .*Send Tax Entries/,
		);
		const { taxsolutionid: _t, ...noSolution } = invoice;
		expect(() => legacyWithTax('create_invoice', noSolution, 'invoiceitems', false)).toThrow(
			/invoiceitems\.lineitem\[0\]\.taxentries/,
		);
	});

	it('when allowed, go where the 2020 R4 docs put them; amounts are rounded; the rest is schema-valid', async () => {
		const body = legacyWithTax('create_invoice', invoice, 'invoiceitems', true);
		const inner = body.create_invoice as Record<string, unknown>;
		expect(Object.keys(inner)).toEqual(['customerid', 'datecreated', 'termname', 'taxsolutionid', 'invoiceitems']);
		const lines = (inner.invoiceitems as { lineitem: Array<Record<string, unknown>> }).lineitem;
		expect(Object.keys(lines[0])).toEqual(['glaccountno', 'amount', 'locationid', 'taxentries']);
		expect(lines[0].amount).toBe('100.01');
		expect(lines[0].taxentries).toEqual({ taxentry: [{ detailid: 'UK Std', trx_tax: '20.00' }] });
		expect(lines[1]).not.toHaveProperty('taxentries');
		const full = await validateIntacctRequest([{ controlId: 'x', body }]);
		expect(full.valid).toBe(false);
		expect(full.errors.every((e) => /taxsolutionid|taxentries/.test(e))).toBe(true);
		const { taxsolutionid: _t, ...withoutTax } = invoice;
		const plain = legacyWithTax(
			'create_invoice',
			{ ...withoutTax, invoiceitems: { lineitem: [{ glaccountno: '4000', amount: 1 }] } },
			'invoiceitems',
			true,
		);
		expect(await validateIntacctRequest([{ controlId: 'x', body: plain }])).toEqual({ valid: true, errors: [] });
	});

	it('a tax entry needs its detail ID', () => {
		const bad = {
			...invoice,
			invoiceitems: { lineitem: [{ glaccountno: '4000', amount: 1, taxentries: [{ trx_tax: 1 }] }] },
		};
		expect(() => legacyWithTax('create_invoice', bad, 'invoiceitems', true)).toThrow(
			/taxentries\.taxentry\[0\]\.detailid is required/,
		);
	});
});

describe('upsert: create shape to update_invoice', () => {
	it('keeps updatable header elements and maps lines by position to updatelineitem line_num', async () => {
		const { taxsolutionid: _t, ...rec } = invoice;
		const noTax = {
			...rec,
			externalid: 'e1',
			batchkey: '7',
			invoiceitems: {
				lineitem: [
					{ glaccountno: '4000', amount: 5, locationid: 'US', allocationid: 'A' },
					{ glaccountno: '4010', amount: 6 },
				],
			},
		};
		const update = toUpdate(noTax, '42');
		expect(update).toEqual({
			key: '42',
			customerid: 'C-0002',
			datecreated: '2026-11-01',
			termname: 'Net 15',
			updateinvoiceitems: {
				updatelineitem: [
					{ line_num: 1, glaccountno: '4000', amount: 5, locationid: 'US' },
					{ line_num: 2, glaccountno: '4010', amount: 6 },
				],
			},
		});
		const body = updateBody(update);
		expect(toXml(body)).toContain('<update_invoice key="42">');
		expect(toXml(body)).toContain('<updatelineitem line_num="2">');
		expect(await validateIntacctRequest([{ controlId: 'x', body }])).toEqual({ valid: true, errors: [] });
	});

	it('refuses to silently drop tax entries of an existing invoice', () => {
		expect(() => toUpdate(invoice, '1')).toThrow(/taxentries: Upsert cannot change tax entries/);
	});
});

describe('generic-function records', () => {
	it('payments: ISO dates become mm/dd/yyyy, amounts are rounded, one detail becomes a list', () => {
		expect(
			normalizePayment({
				RECEIPTDATE: '2026-11-20T10:00:00',
				OVERPAYMENTAMOUNT: '3.456',
				ARPYMTDETAILS: { ARPYMTDETAIL: { RECORDKEY: '1', TRX_PAYMENTAMOUNT: 10.004 } },
				DESCRIPTION: '',
			}),
		).toEqual({
			RECEIPTDATE: '11/20/2026',
			OVERPAYMENTAMOUNT: '3.46',
			ARPYMTDETAILS: { ARPYMTDETAIL: [{ RECORDKEY: '1', TRX_PAYMENTAMOUNT: '10.00' }] },
		});
		expect(() => normalizePayment({ RECEIPTDATE: 'yesterday' })).toThrow(
			/"ARPYMT\.RECEIPTDATE" must be a date, got "yesterday"; write it as YYYY-MM-DD/,
		);
		expect(() => normalizePayment({ ARPYMTDETAILS: { ARPYMTDETAIL: [{ TRX_PAYMENTAMOUNT: '1,000' }] } })).toThrow(
			/ARPYMTDETAIL\[0\]\.TRX_PAYMENTAMOUNT: "1,000" is not an amount/,
		);
	});

	it('advances and the helpers', () => {
		expect(
			normalizeAdvance({ PAYMENTDATE: '11/02/2026', ARADVANCEITEMS: { ARADVANCEITEM: { TRX_AMOUNT: 5 } } }),
		).toEqual({ PAYMENTDATE: '11/02/2026', ARADVANCEITEMS: { ARADVANCEITEM: [{ TRX_AMOUNT: '5.00' }] } });
		expect(usDate('2026-01-31', 'f')).toBe('01/31/2026');
		expect(money(-0.005, 'f')).toBe('-0.01');
		expect(money('', 'f')).toBeUndefined();
	});
});

describe('envelope', () => {
	it('writes transaction="true" as a real attribute (All or Nothing)', async () => {
		const xml = buildRequestXml({
			controlId: 'c',
			uniqueId: true,
			transaction: true,
			auth: { sessionId: 's' },
			functions: [{ controlId: 'f', body: { delete: { object: 'ARINVOICE', keys: '1' } } }],
		});
		expect(xml).toContain('<operation transaction="true">');
		expect(
			await validateIntacctRequest([{ controlId: 'f', body: { delete: { object: 'ARINVOICE', keys: '1' } } }]),
		).toEqual({ valid: true, errors: [] });
	});
});
