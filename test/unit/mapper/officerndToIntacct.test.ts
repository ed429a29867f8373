import type { IDataObject } from 'n8n-workflow';
import type { XmlNode } from '../../../nodes/SageIntacct/transport/xml';
import { validateIntacctRequest } from '../../helpers/xsd';
import { charge, company, creditNote, IDS, invoiceEur, invoiceGbp, overpayment, tables } from './fixtures';
import { only, runMapper } from './harness';

const R = 'officeRndToIntacct';
const londonDims = {
	locationid: 'LON',
	departmentid: 'OPS',
	customfields: { customfield: [{ customfieldname: 'GLDIMSITE', customfieldvalue: 'LON-OLDST' }] },
};

async function xsdValid(fn: string, record: unknown): Promise<{ valid: boolean; errors: string[] }> {
	return await validateIntacctRequest([{ controlId: 'mapper-test', body: { [fn]: record } as unknown as XmlNode }]);
}

describe('OfficeRnD → Intacct: Invoice → AR Invoice', () => {
	it('writes a multi-line GBP tax-exclusive invoice with discount, late fee and processing fee as create_invoice lines', async () => {
		const out = only(await runMapper(R, 'invoiceToArInvoice', [invoiceGbp()], tables()));
		expect(out.target).toBe('create_invoice');
		expect(out.entity).toBe('UK');
		expect(out.total).toBe('1384.72');
		expect(out.idempotencyKey).toBe('officernd:invoice.66a0c0ffee0000000000a001:2025-03-01T02:00:00.000Z');
		const record = out.record as IDataObject;
		// Keys in api.xsd order (create_invoice sequence).
		expect(Object.keys(record)).toEqual([
			'customerid',
			'datecreated',
			'datedue',
			'action',
			'invoiceno',
			'description',
			'externalid',
			'invoiceitems',
		]);
		expect(record.customerid).toBe('ORND-c001');
		expect(record.datecreated).toEqual({ year: '2025', month: '03', day: '01' });
		expect(record.datedue).toEqual({ year: '2025', month: '03', day: '15' });
		expect(record.action).toBe('Submit');
		expect(record.invoiceno).toBe('INV-1042');
		const lines = (record.invoiceitems as { lineitem: IDataObject[] }).lineitem;
		expect(lines).toEqual([
			{ glaccountno: '4000', amount: '1000.00', memo: 'Private Office - March', ...londonDims },
			{
				glaccountno: '2200',
				amount: '200.00',
				memo: 'Tax UK Sale Goods Standard Rate: Private Office - March',
				...londonDims,
			},
			{ glaccountno: '4100', amount: '136.50', memo: 'Meeting room (hours)', ...londonDims },
			{ glaccountno: '4900', amount: '-13.65', memo: 'Discount: Meeting room (hours)', ...londonDims },
			{
				glaccountno: '2200',
				amount: '24.57',
				memo: 'Tax UK Sale Goods Standard Rate: Meeting room (hours)',
				...londonDims,
			},
			{ glaccountno: '4700', amount: '25.00', memo: 'Late payment fee', ...londonDims },
			{ glaccountno: '4800', amount: '12.30', memo: 'Card processing fee', ...londonDims },
		]);
		expect(Object.keys(lines[0]!)).toEqual([
			'glaccountno',
			'amount',
			'memo',
			'locationid',
			'departmentid',
			'customfields',
		]);
		const check = await xsdValid('create_invoice', record);
		expect(check.errors).toEqual([]);
		expect(check.valid).toBe(true);
		// The schema check can fail: the same record with invoiceitems first is rejected.
		const { invoiceitems, ...rest } = record;
		expect((await xsdValid('create_invoice', { invoiceitems, ...rest })).valid).toBe(false);
	});

	it('writes a tax-inclusive EUR invoice with the source rate against the GBP base currency', async () => {
		const out = only(await runMapper(R, 'invoiceToArInvoice', [invoiceEur()], tables()));
		const record = out.record as IDataObject;
		expect(out.entity).toBe('DE');
		expect(record.customerid).toBe('ORND-b001');
		expect(record.basecurr).toBe('GBP');
		expect(record.currency).toBe('EUR');
		expect(record.exchrate).toBe('0.85');
		const lines = (record.invoiceitems as { lineitem: IDataObject[] }).lineitem;
		// Inclusive: the item line carries the net before discount, tax is its own line.
		expect(lines.map((l) => [l.glaccountno, l.amount])).toEqual([
			['4200', '420.17'],
			['2210', '79.83'],
			['4200', '30.91'],
			['4900', '-5.70'],
			['2210', '4.79'],
		]);
		expect(out.total).toBe('530.00');
		expect((await xsdValid('create_invoice', record)).valid).toBe(true);
	});

	it('sends the rate type instead of the rate when the currency policy says so', async () => {
		const t = tables();
		(t.settings as IDataObject).currencyPolicy = 'rateType';
		(t.settings as IDataObject).rateType = 'Month End';
		const record = only(await runMapper(R, 'invoiceToArInvoice', [invoiceEur()], t)).record as IDataObject;
		expect(record.exchratedate).toEqual({ year: '2025', month: '04', day: '01' });
		expect(record.exchratetype).toBe('Month End');
		expect(record.exchrate).toBeUndefined();
		expect((await xsdValid('create_invoice', record)).valid).toBe(true);
	});

	it('writes tax entries per line (VAT companies) when tax handling is "taxEntries"', async () => {
		const t = tables();
		Object.assign(t.settings as IDataObject, { taxHandling: 'taxEntries', taxSolutionId: 'United Kingdom - VAT' });
		const record = only(await runMapper(R, 'invoiceToArInvoice', [invoiceGbp()], t)).record as IDataObject;
		const lines = (record.invoiceitems as { lineitem: IDataObject[] }).lineitem;
		expect(record.taxsolutionid).toBe('United Kingdom - VAT');
		expect(lines.map((l) => l.glaccountno)).toEqual(['4000', '4100', '4900', '4700', '4800']);
		expect(lines[0]!.taxentries).toEqual({
			taxentry: [{ detailid: 'UK Sale Goods Standard Rate', trx_tax: '200.00' }],
		});
		expect(lines[1]!.taxentries).toEqual({ taxentry: [{ detailid: 'UK Sale Goods Standard Rate', trx_tax: '24.57' }] });
	});

	it('leaves the number to Intacct and drafts invoices when the tables say so', async () => {
		const t = tables();
		(t.settings as IDataObject).numberingOwner = 'target';
		const inv = { ...invoiceGbp(), status: 'draft' };
		const record = only(await runMapper(R, 'invoiceToArInvoice', [inv], t)).record as IDataObject;
		expect(record.invoiceno).toBeUndefined();
		expect(record.action).toBe('Draft');
	});

	it('fails an invoice whose lines do not add up to its total, naming the field', async () => {
		const inv = { ...invoiceGbp(), amount: 1384.73, total: 1384.73 };
		await expect(runMapper(R, 'invoiceToArInvoice', [inv], tables())).rejects.toThrow(
			/officernd invoice 66a0c0ffee0000000000a001 \(INV-1042\), field amount: the document total 1384.72 .* does not match 1384.73/,
		);
	});

	it('fails a line whose own total disagrees with quantity x price - discount + tax', async () => {
		const inv = invoiceGbp();
		(inv.lines as IDataObject[])[1]!.total = 150;
		const result = await runMapper(R, 'invoiceToArInvoice', [inv], tables(), {}, true);
		expect(result.mapped[0]!.json.error).toMatch(
			/field lines\[2\]\.total: the line total 147\.42 .* does not match 150\.00/,
		);
	});

	it('refuses a voided invoice instead of syncing it', async () => {
		const result = await runMapper(
			R,
			'invoiceToArInvoice',
			[{ ...invoiceGbp(), status: 'voided' }],
			tables(),
			{},
			true,
		);
		expect(result.mapped[0]!.json.error).toMatch(/voided/);
	});
});

describe('OfficeRnD → Intacct: Invoice → Order Entry Sales Invoice', () => {
	it('writes item lines with quantity and price, discount and tax items, in XSD order', async () => {
		const out = only(await runMapper(R, 'invoiceToOeSalesInvoice', [invoiceGbp()], tables()));
		const record = out.record as IDataObject;
		expect(out.target).toBe('create_sotransaction');
		expect(Object.keys(record)).toEqual([
			'transactiontype',
			'datecreated',
			'customerid',
			'documentno',
			'datedue',
			'externalid',
			'state',
			'sotransitems',
		]);
		expect(record.transactiontype).toBe('Sales Invoice');
		expect(record.state).toBe('Pending');
		const items = (record.sotransitems as { sotransitem: IDataObject[] }).sotransitem;
		expect(items.map((l) => [l.itemid, l.quantity, l.price])).toEqual([
			['OFFICE', '1', '1000'],
			['VAT-UK-20', '1', '200.00'],
			['MEETING', '3', '45.5'],
			['DISCOUNT', '1', '-13.65'],
			['VAT-UK-20', '1', '24.57'],
			['LATEFEE', '1', '25'],
			['PROCFEE', '1', '12.3'],
		]);
		expect(out.total).toBe('1384.72');
		const check = await xsdValid('create_sotransaction', record);
		expect(check.errors).toEqual([]);
	});

	it('keeps tax-inclusive lines exact: quantity x net unit price when it reproduces the net', async () => {
		const out = only(await runMapper(R, 'invoiceToOeSalesInvoice', [invoiceEur()], tables()));
		const items = ((out.record as IDataObject).sotransitems as { sotransitem: IDataObject[] }).sotransitem;
		// 420.17 / 2 = 210.085: exact, so quantity 2 stays.
		expect(items[0]).toMatchObject({ itemid: 'HOTDESK', quantity: '2', price: '210.085' });
		expect(items.map((l) => l.itemid)).toEqual(['HOTDESK', 'VAT-DE-19', 'HOTDESK', 'DISCOUNT', 'VAT-DE-19']);
		expect(out.total).toBe('530.00');
	});
});

describe('OfficeRnD → Intacct: credit notes', () => {
	it('writes a credit note as a credit memo with negative lines', async () => {
		const out = only(await runMapper(R, 'creditNoteToArAdjustment', [creditNote()], tables()));
		const record = out.record as IDataObject;
		expect(out.target).toBe('create_aradjustment');
		expect(out.total).toBe('-240.00');
		expect(record.adjustmentno).toBe('CN-0007');
		expect(
			(record.aradjustmentitems as { lineitem: IDataObject[] }).lineitem.map((l) => [l.glaccountno, l.amount]),
		).toEqual([
			['4000', '-200.00'],
			['2200', '-40.00'],
		]);
		const check = await xsdValid('create_aradjustment', record);
		expect(check.errors).toEqual([]);
	});

	it('turns each (partial) allocation into a credit-only AR payment with its own key', async () => {
		const { mapped, needsMapping } = await runMapper(R, 'creditNoteAllocationsToArPayment', [creditNote()], tables());
		expect(needsMapping).toEqual([]);
		expect(mapped.map((m) => m.json.record)).toEqual([
			{
				CUSTOMERID: 'ORND-c001',
				RECEIPTDATE: '03/11/2025',
				PAYMENTDATE: '03/11/2025',
				CURRENCY: 'GBP',
				ARPYMTDETAILS: { ARPYMTDETAIL: [{ RECORDKEY: '501', ADJUSTMENTKEY: '611', TRX_ADJUSTMENTAMOUNT: '150.00' }] },
			},
			{
				CUSTOMERID: 'ORND-c001',
				RECEIPTDATE: '03/12/2025',
				PAYMENTDATE: '03/12/2025',
				CURRENCY: 'GBP',
				ARPYMTDETAILS: { ARPYMTDETAIL: [{ RECORDKEY: '503', ADJUSTMENTKEY: '611', TRX_ADJUSTMENTAMOUNT: '90.00' }] },
			},
		]);
		const keys = mapped.map((m) => m.json.idempotencyKey);
		expect(new Set(keys).size).toBe(2);
		expect(keys[0]).toContain('alloc-1');
		expect(mapped.every((m) => m.pairedItem && (m.pairedItem as { item: number }).item === 0)).toBe(true);
	});
});

describe('OfficeRnD → Intacct: payments', () => {
	it('writes a card charge as an AR payment applied to its invoice', async () => {
		const out = only(await runMapper(R, 'chargeToArPayment', [charge()], tables()));
		expect(out.target).toBe('ARPYMT');
		expect(out.record).toEqual({
			PAYMENTMETHOD: 'Credit Card',
			FINANCIALENTITY: 'BARCLAYS-GBP',
			CUSTOMERID: 'ORND-c001',
			RECEIPTDATE: '03/15/2025',
			PAYMENTDATE: '03/15/2025',
			DOCNUMBER: 'ch_3PqR8s',
			CURRENCY: 'GBP',
			ARPYMTDETAILS: { ARPYMTDETAIL: [{ RECORDKEY: '501', TRX_PAYMENTAMOUNT: '1384.72' }] },
		});
	});

	it('refuses refunds and failed charges', async () => {
		const result = await runMapper(
			R,
			'chargeToArPayment',
			[
				{ ...charge(), status: 'refund' },
				{ ...charge(), status: 'fail' },
			],
			tables(),
			{},
			true,
		);
		expect(result.mapped.map((m) => m.json.error)).toEqual([
			expect.stringMatching(/refunds are not synced/),
			expect.stringMatching(/only charges with status success/),
		]);
	});

	it('writes an overpayment as an AR advance on the advances account', async () => {
		const out = only(await runMapper(R, 'overpaymentToArAdvance', [overpayment()], tables()));
		expect(out.target).toBe('ARADVANCE');
		expect(out.entity).toBe('UK');
		expect(out.record).toEqual({
			CUSTOMERID: 'ORND-c001',
			PAYMENTMETHOD: 'EFT',
			UNDEPOSITEDACCOUNTNO: '1050',
			PAYMENTDATE: '03/20/2025',
			RECEIPTDATE: '03/20/2025',
			DOCNUMBER: 'OP-0003',
			CURRENCY: 'GBP',
			ARADVANCEITEMS: {
				ARADVANCEITEM: [
					{ ACCOUNTNO: '2300', TRX_AMOUNT: '500.00', LOCATIONID: 'LON', DEPARTMENTID: 'OPS', GLDIMSITE: 'LON-OLDST' },
				],
			},
		});
	});

	it('writes an overpayment as a payment whose unallocated part is its overpayment', async () => {
		const record = only(await runMapper(R, 'overpaymentToArPayment', [overpayment()], tables())).record as IDataObject;
		expect(record.OVERPAYMENTAMOUNT).toBe('200.00');
		expect(record.OVERPAYMENTLOCATIONID).toBe('LON');
		expect(record.ARPYMTDETAILS).toEqual({ ARPYMTDETAIL: [{ RECORDKEY: '501', TRX_PAYMENTAMOUNT: '300.00' }] });
	});

	it('applies the advance to invoices, one credit-only payment per allocation', async () => {
		const out = only(await runMapper(R, 'overpaymentAllocationsToArPayment', [overpayment()], tables()));
		expect(out.record).toEqual({
			CUSTOMERID: 'ORND-c001',
			RECEIPTDATE: '03/21/2025',
			PAYMENTDATE: '03/21/2025',
			CURRENCY: 'GBP',
			ARPYMTDETAILS: { ARPYMTDETAIL: [{ RECORDKEY: '501', ADVANCEKEY: '702', TRX_POSTEDADVANCEAMOUNT: '300.00' }] },
		});
	});
});

describe('OfficeRnD → Intacct: customers', () => {
	it('writes a company as a CUSTOMER with billing name, VAT number and billing address', async () => {
		const out = only(await runMapper(R, 'companyToCustomer', [company()], tables()));
		expect(out.target).toBe('CUSTOMER');
		expect(out.record).toEqual({
			CUSTOMERID: 'ORND-c001',
			NAME: 'Acme Coworking Ltd',
			STATUS: 'active',
			TAXID: 'GB123456789',
			DISPLAYCONTACT: {
				PRINTAS: 'Acme Coworking Limited',
				COMPANYNAME: 'Acme Coworking Ltd',
				EMAIL1: 'ap@acme-cowork.example',
				MAILADDRESS: { ADDRESS1: '10 Finance Row', CITY: 'London', ZIP: 'EC2A 1AA', COUNTRY: 'GB' },
			},
		});
		expect(out.idempotencyKey).toBe(`officernd:company.${IDS.companyAcme}:2025-02-01T10:00:00.000Z`);
	});

	it('refuses a source id longer than Intacct allows instead of truncating it', async () => {
		const t = tables();
		Object.assign(t.settings as IDataObject, { customerIdStrategy: 'sourceId', customerIdPrefix: 'ORND-' });
		const result = await runMapper(R, 'companyToCustomer', [company()], t, {}, true);
		expect(result.mapped[0]!.json.error).toMatch(/longer than Intacct's 20 characters/);
	});
});
