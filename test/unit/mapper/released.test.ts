import type { IDataObject } from 'n8n-workflow';
import { SandboxClock } from '../../../sandbox/core/clock';
import { RecordStore } from '../../../sandbox/core/store';
import { toApi, writableFields } from '../../../sandbox/released/model';
import { seedReLeased } from '../../../sandbox/released/seed';
import type { XmlNode } from '../../../nodes/SageIntacct/transport/xml';
import { validateIntacctRequest } from '../../helpers/xsd';
import { only, runMapper } from './harness';

/**
 * Re-Leased ↔ Intacct against the Re-Leased sandbox's seed (sandbox/released/seed.ts), rendered
 * as the Re-Leased node reads records (toApi). Hand figures: rent 1200.00 + GST 15% 180.00.
 */
const store = new RecordStore('released', new SandboxClock());
seedReLeased(store);
const rec = (collection: string, id: string): IDataObject =>
	toApi(store.get(collection, id)!) as unknown as IDataObject;

function tables(): IDataObject {
	return {
		accounts: [
			{ source: '200', glAccount: '4000' },
			{ source: '400', glAccount: '6200' },
		],
		taxCodes: [
			{ source: 'GST on Income', taxDetailId: 'NZ GST 15% Sales', taxGlAccount: '2300' },
			{ source: 'GST on Expenses', taxDetailId: 'NZ GST 15% Purchases', taxGlAccount: '2310' },
		],
		dimensions: [
			{ source: '12 Queen St', locationId: 'AKL', departmentId: 'PROP-QUEEN12' },
			{ source: '88 Harbour Rd', locationId: 'WLG', departmentId: 'PROP-HARB88' },
		],
		paymentMethods: [{ source: 'Re-Leased', paymentMethod: 'EFT', bankAccountId: 'ANZ-NZD' }],
		customers: [],
		documentLinks: [
			{ source: 'inv_3', target: '3003', partyId: 'RL-con_1' },
			{ source: 'inv_4', target: '3004', partyId: 'RL-con_2' },
		],
		settings: { customerIdStrategy: 'sourceId', customerIdPrefix: 'RL-', baseCurrency: 'NZD' },
	};
}

async function xsd(fn: string, record: unknown): Promise<string[]> {
	return (await validateIntacctRequest([{ controlId: 'rl', body: { [fn]: record } as unknown as XmlNode }])).errors;
}

describe('Re-Leased → Intacct', () => {
	it('writes an approved income invoice as a posted AR invoice with the property as dimensions', async () => {
		const out = only(
			await runMapper('reLeasedToIntacct', 'invoiceToArInvoiceOrApBill', [rec('invoice', 'inv_3')], tables()),
		);
		const record = out.record as IDataObject;
		expect(out.target).toBe('create_invoice');
		expect(record).toMatchObject({
			customerid: 'RL-con_1',
			action: 'Submit',
			invoiceno: 'INV-1003',
			ponumber: 'May rent',
			externalid: 'inv_3',
		});
		expect(record.currency).toBeUndefined();
		expect((record.invoiceitems as { lineitem: IDataObject[] }).lineitem).toEqual([
			{ glaccountno: '4000', amount: '1200.00', memo: 'Rent', locationid: 'AKL', departmentid: 'PROP-QUEEN12' },
			{
				glaccountno: '2300',
				amount: '180.00',
				memo: 'Tax NZ GST 15% Sales: Rent',
				locationid: 'AKL',
				departmentid: 'PROP-QUEEN12',
			},
		]);
		expect(out.total).toBe('1380.00');
		expect(await xsd('create_invoice', record)).toEqual([]);
	});

	it('writes an invoice awaiting approval as an Intacct draft, and refuses drafts and voided invoices', async () => {
		const awaiting = only(
			await runMapper('reLeasedToIntacct', 'invoiceToArInvoiceOrApBill', [rec('invoice', 'inv_2')], tables()),
		);
		expect((awaiting.record as IDataObject).action).toBe('Draft');
		const { mapped } = await runMapper(
			'reLeasedToIntacct',
			'invoiceToArInvoiceOrApBill',
			[rec('invoice', 'inv_1'), rec('invoice', 'inv_5')],
			tables(),
			{},
			true,
		);
		expect(mapped.map((m) => m.json.error)).toEqual([
			expect.stringMatching(/drafts stay in Re-Leased/),
			expect.stringMatching(/voiding is initiated in Intacct/),
		]);
	});

	it('writes an approved expense invoice as an AP bill', async () => {
		const out = only(
			await runMapper('reLeasedToIntacct', 'invoiceToArInvoiceOrApBill', [rec('invoice', 'inv_7')], tables()),
		);
		// The generic APBILL record the Sage Intacct node's AP Bill > Create takes (not legacy create_bill).
		expect(out.target).toBe('APBILL');
		const record = out.record as IDataObject;
		expect(record).toMatchObject({ VENDORID: 'RL-con_4', RECORDID: 'BILL-2001', ACTION: 'Submit' });
		expect(
			(record.APBILLITEMS as { APBILLITEM: IDataObject[] }).APBILLITEM.map((l) => [l.ACCOUNTNO, l.TRX_AMOUNT]),
		).toEqual([
			['6200', '640.00'],
			['2310', '96.00'],
		]);
	});

	it('writes an income credit note as a credit memo', async () => {
		const out = only(
			await runMapper('reLeasedToIntacct', 'creditNoteToArAdjustment', [rec('creditNote', 'cn_1')], tables()),
		);
		expect(out.total).toBe('-230.00');
		expect((out.record as IDataObject).adjustmentno).toBe('CN-1001');
		expect(await xsd('create_aradjustment', out.record)).toEqual([]);
	});

	it('writes a payment as an AR payment on the linked invoice', async () => {
		const out = only(
			await runMapper('reLeasedToIntacct', 'paymentToArOrApPayment', [rec('payment', 'pay_2')], tables()),
		);
		expect(out.record).toEqual({
			PAYMENTMETHOD: 'EFT',
			FINANCIALENTITY: 'ANZ-NZD',
			CUSTOMERID: 'RL-con_1',
			RECEIPTDATE: '05/11/2024',
			PAYMENTDATE: '05/11/2024',
			DOCNUMBER: 'Payment pay_2',
			CURRENCY: 'NZD',
			ARPYMTDETAILS: { ARPYMTDETAIL: [{ RECORDKEY: '3003', TRX_PAYMENTAMOUNT: '500.00' }] },
		});
	});

	it('writes a contact as a customer or a vendor', async () => {
		const customer = only(
			await runMapper('reLeasedToIntacct', 'contactToCustomerOrVendor', [rec('contact', 'con_1')], tables()),
		);
		expect(customer.target).toBe('CUSTOMER');
		expect(customer.record).toMatchObject({
			CUSTOMERID: 'RL-con_1',
			NAME: 'Kauri Coffee Ltd',
			DISPLAYCONTACT: { FIRSTNAME: 'Aroha', LASTNAME: 'Ngata', EMAIL1: 'accounts@kauricoffee.example' },
		});
		const vendor = only(
			await runMapper('reLeasedToIntacct', 'contactToCustomerOrVendor', [rec('contact', 'con_4')], tables(), {
				createAs: 'vendor',
			}),
		);
		expect(vendor.target).toBe('VENDOR');
		expect((vendor.record as IDataObject).VENDORID).toBe('RL-con_4');
	});

	it('routes an unmapped tracking option, tax type, account and invoice link to "Needs mapping"', async () => {
		const cases: Array<[string, IDataObject, string, string, string]> = [
			['invoiceToArInvoiceOrApBill', rec('invoice', 'inv_3'), 'dimensions', 'lines[1].location', '12 Queen St'],
			['invoiceToArInvoiceOrApBill', rec('invoice', 'inv_3'), 'taxCodes', 'lines[1].taxRate', 'GST on Income'],
			['invoiceToArInvoiceOrApBill', rec('invoice', 'inv_3'), 'accounts', 'lines[1].account', '200'],
			['paymentToArOrApPayment', rec('payment', 'pay_2'), 'documentLinks', 'invoiceId', 'inv_3'],
		];
		for (const [operation, record, table, field, value] of cases) {
			const t = tables();
			t[table] = (t[table] as IDataObject[]).filter((r) => r.source !== value);
			const { needsMapping } = await runMapper('reLeasedToIntacct', operation, [record], t);
			expect(needsMapping[0]?.json).toMatchObject({ table, field, value, record: { system: 'released' } });
		}
	});

	it('writes revenue and expense accounts as [s] and [p] items for Order Entry users', async () => {
		const t = {
			...tables(),
			accounts: [
				{ source: '200', target: 'Rent' },
				{ source: '400', target: 'Maintenance' },
			],
		};
		const sales = only(await runMapper('reLeasedToIntacct', 'accountToItem', [rec('account', 'acc_1')], t));
		expect(sales.record).toEqual({
			ITEMID: '200 [s]',
			NAME: 'Rent Income [s]',
			ITEMTYPE: 'Non-Inventory (Sales only)',
			STATUS: 'active',
			GLGROUP: 'Rent',
		});
		const purchases = only(await runMapper('reLeasedToIntacct', 'accountToItem', [rec('account', 'acc_3')], t));
		expect((purchases.record as IDataObject).ITEMID).toBe('400 [p]');
		const asset = await runMapper('reLeasedToIntacct', 'accountToItem', [rec('account', 'acc_5')], t, {}, true);
		expect(asset.mapped[0]!.json.error).toMatch(/only revenue \(\[s\]\) and expense \(\[p\]\) accounts become items/);
	});

	it('writes an income invoice as an Order Entry invoice whose tax Intacct calculates', async () => {
		const t = tables();
		(t.accounts as IDataObject[])[0]!.itemId = '200 [s]';
		const out = only(await runMapper('reLeasedToIntacct', 'invoiceToOeSalesInvoice', [rec('invoice', 'inv_2')], t));
		const record = out.record as IDataObject;
		expect(record).toMatchObject({ customerid: 'RL-con_2', documentno: 'INV-1002', state: 'Draft' });
		expect((record.sotransitems as { sotransitem: IDataObject[] }).sotransitem).toEqual([
			{ itemid: '200 [s]', quantity: '1', price: '2500', locationid: 'WLG', departmentid: 'PROP-HARB88', memo: 'Rent' },
		]);
		expect(out.total).toBe('2500.00');
		expect(await xsd('create_sotransaction', record)).toEqual([]);
	});

	it('needs a company currency when the record names none', async () => {
		const t = tables();
		(t.settings as IDataObject).baseCurrency = '';
		const { currency: _dropped, ...noCurrency } = rec('invoice', 'inv_3');
		const { mapped } = await runMapper('reLeasedToIntacct', 'invoiceToArInvoiceOrApBill', [noCurrency], t, {}, true);
		expect(mapped[0]!.json.error).toMatch(/set the base currency/);
	});
});

describe('Intacct → Re-Leased', () => {
	const arInvoice = {
		RECORDNO: '77',
		RECORDID: 'SI-0077',
		CUSTOMERID: 'C-0001',
		DOCNUMBER: 'June rent',
		STATE: 'Posted',
		WHENCREATED: '06/01/2024',
		WHENDUE: '06/20/2024',
		CURRENCY: 'NZD',
		TRX_TOTALENTERED: '1150.00',
		WHENMODIFIED: '06/01/2024 08:00:00',
		ARINVOICEITEMS: {
			ARINVOICEITEM: [
				{
					ACCOUNTNO: '4000',
					TRX_AMOUNT: '1000.00',
					ENTRYDESCRIPTION: 'Rent June',
					LOCATIONID: 'AKL',
					TAXENTRIES: { TAXENTRY: { DETAILID: 'NZ GST 15% Sales', TRX_TAX: '150.00' } },
				},
			],
		},
	};
	const back = (): IDataObject => ({
		accounts: [{ source: '4000', target: '200' }],
		taxCodes: [{ source: 'NZ GST 15% Sales', target: 'GST on Income' }],
		dimensions: [{ source: 'AKL', target: '12 Queen St' }],
		customers: [{ source: 'C-0001', target: 'con_1' }],
	});

	it("writes an AR invoice as an approved income invoice with Intacct's tax taken back", async () => {
		const out = only(await runMapper('intacctToReLeased', 'documentToInvoice', [arInvoice], back()));
		expect(out.target).toBe('invoice.create');
		expect(out.record).toEqual({
			invoiceNumber: 'SI-0077',
			type: 'Income',
			status: 'Approved',
			contactId: 'con_1',
			issueDate: '2024-06-01',
			dueDate: '2024-06-20',
			reference: 'June rent',
			currency: 'NZD',
			lines: [
				{
					description: 'Rent June',
					accountCode: '200',
					taxType: 'GST on Income',
					tracking: { category: 'Property', option: '12 Queen St' },
					amountExclTax: 1000,
					taxAmount: 150,
				},
			],
		});
		// The Re-Leased sandbox's write check (its contract's field list) accepts the body as it is.
		expect(() => writableFields('invoice', out.record)).not.toThrow();
	});

	it('writes an Intacct credit memo as a Re-Leased credit note, and refuses a debit memo', async () => {
		const memo = {
			RECORDNO: '88',
			RECORDID: 'ADJ-0088',
			CUSTOMERID: 'C-0001',
			DOCNUMBER: 'Rent abatement',
			STATE: 'Posted',
			WHENCREATED: '06/12/2024',
			CURRENCY: 'NZD',
			TRX_TOTALENTERED: '-230.00',
			WHENMODIFIED: '06/12/2024 08:00:00',
			ARADJUSTMENTITEMS: {
				ARADJUSTMENTITEM: [
					{
						ACCOUNTNO: '4000',
						TRX_AMOUNT: '-200.00',
						ENTRYDESCRIPTION: 'Abatement',
						LOCATIONID: 'AKL',
						TAXENTRIES: { TAXENTRY: { DETAILID: 'NZ GST 15% Sales', TRX_TAX: '-30.00' } },
					},
				],
			},
		};
		const out = only(await runMapper('intacctToReLeased', 'arAdjustmentToCreditNote', [memo], back()));
		expect(out.target).toBe('creditNote.create');
		expect(out.total).toBe('230.00');
		expect(out.record).toEqual({
			creditNoteNumber: 'ADJ-0088',
			type: 'Income',
			status: 'Approved',
			contactId: 'con_1',
			issueDate: '2024-06-12',
			reference: 'Rent abatement',
			currency: 'NZD',
			lines: [
				{
					description: 'Abatement',
					accountCode: '200',
					taxType: 'GST on Income',
					tracking: { category: 'Property', option: '12 Queen St' },
					amountExclTax: 200,
					taxAmount: 30,
				},
			],
		});
		expect(() => writableFields('creditNote', out.record)).not.toThrow();
		// A debit memo (positive total and lines) is not a credit note (see refunds.test.ts for its conversion).
		const debitLines = {
			ARADJUSTMENTITEM: [
				{
					...memo.ARADJUSTMENTITEMS.ARADJUSTMENTITEM[0],
					TRX_AMOUNT: '200.00',
					TAXENTRIES: { TAXENTRY: { DETAILID: 'NZ GST 15% Sales', TRX_TAX: '30.00' } },
				},
			],
		};
		const debit = await runMapper(
			'intacctToReLeased',
			'arAdjustmentToCreditNote',
			[{ ...memo, TRX_TOTALENTERED: '230.00', ARADJUSTMENTITEMS: debitLines }],
			back(),
			{},
			true,
		);
		expect(debit.mapped[0]!.json.error).toMatch(/debit memo/);
	});

	it('sends a draft Intacct invoice as awaiting approval and updates a linked one', async () => {
		const t = { ...back(), documentLinks: [{ source: '77', target: 'inv_9' }] };
		const out = only(await runMapper('intacctToReLeased', 'documentToInvoice', [{ ...arInvoice, STATE: 'Draft' }], t));
		expect(out.target).toBe('invoice.update');
		expect(out.releasedId).toBe('inv_9');
		expect((out.record as IDataObject).status).toBe('AwaitingApproval');
	});

	it('writes Intacct master data as Re-Leased accounts, tax types and tracking options', async () => {
		const account = only(
			await runMapper(
				'intacctToReLeased',
				'masterData',
				[{ ACCOUNTNO: '4000', TITLE: 'Rent Income', ACCOUNTTYPE: 'incomestatement', NORMALBALANCE: 'credit' }],
				{},
				{ kind: 'account' },
			),
		);
		expect(account.record).toEqual({ code: '4000', name: 'Rent Income', type: 'Revenue' });
		expect(account.archive).toBe(false);
		const tax = only(
			await runMapper(
				'intacctToReLeased',
				'masterData',
				[{ DETAILID: 'NZ GST 15% Sales', TAXTYPE: 'S', VALUE: '15', STATUS: 'inactive' }],
				{},
				{ kind: 'taxType' },
			),
		);
		expect(tax.record).toEqual({ name: 'NZ GST 15% Sales', code: 'NZ GST 15% Sales', rate: 15 });
		expect(tax.archive).toBe(true);
		const option = only(
			await runMapper(
				'intacctToReLeased',
				'masterData',
				[{ LOCATIONID: 'AKL', NAME: '12 Queen St' }],
				{},
				{ kind: 'trackingOption', dimension: 'LOCATION' },
			),
		);
		expect(option.record).toEqual({ category: 'Property', name: '12 Queen St' });
	});

	it('writes an Intacct AR payment as one Re-Leased payment per paid invoice, and refuses a reversed one', async () => {
		const payment = {
			RECORDNO: '8100',
			CUSTOMERID: 'C-0001',
			PAYMENTMETHOD: 'EFT',
			RECEIPTDATE: '06/15/2024',
			CURRENCY: 'NZD',
			TRX_TOTALENTERED: '1380.00',
			DOCNUMBER: 'DC-5521',
			STATE: 'Posted',
			WHENMODIFIED: '06/15/2024 09:00:00',
			ARPYMTDETAILS: {
				ARPYMTDETAIL: [
					{ RECORDKEY: '77', TRX_PAYMENTAMOUNT: '880.00' },
					{ RECORDKEY: '78', TRX_PAYMENTAMOUNT: '500.00' },
				],
			},
		};
		const t = {
			...back(),
			documentLinks: [
				{ source: '77', target: 'inv_3' },
				{ source: '78', target: 'inv_6' },
			],
		};
		const { mapped } = await runMapper('intacctToReLeased', 'arPaymentToPayments', [payment], t);
		expect(mapped.map((m) => m.json.record)).toEqual([
			{ invoiceId: 'inv_3', contactId: 'con_1', date: '2024-06-15', amount: 880, reference: 'DC-5521' },
			{ invoiceId: 'inv_6', contactId: 'con_1', date: '2024-06-15', amount: 500, reference: 'DC-5521' },
		]);
		const reversed = await runMapper(
			'intacctToReLeased',
			'arPaymentToPayments',
			[{ ...payment, STATE: 'Reversed' }],
			t,
			{},
			true,
		);
		expect(reversed.mapped[0]!.json.error).toMatch(/undo payments in Intacct/);
	});

	it('writes an Intacct AP payment as Re-Leased payments of the expense invoices', async () => {
		const appymt = {
			RECORDNO: '9400',
			VENDORID: 'V-0004',
			PAYMENTMETHOD: 'EFT',
			PAYMENTDATE: '06/30/2024',
			CURRENCY: 'NZD',
			TOTALENTERED: '736.00',
			DOCNUMBER: 'EFT-0630',
			STATE: 'Posted',
			WHENMODIFIED: '06/30/2024 10:00:00',
			APPYMTDETAILS: { APPYMTDETAIL: { RECORDKEY: '450', TRX_PAYMENTAMOUNT: '736.00' } },
		};
		const t = {
			customers: [{ source: 'V-0004', target: 'con_4' }],
			documentLinks: [{ source: '450', target: 'inv_7' }],
		};
		const out = only(await runMapper('intacctToReLeased', 'apPaymentToPayments', [appymt], t));
		expect(out.record).toEqual({
			invoiceId: 'inv_7',
			contactId: 'con_4',
			date: '2024-06-30',
			amount: 736,
			reference: 'EFT-0630',
		});
		expect(out.idempotencyKey).toBe('intacct:APPYMT.9400.invoice.450:06_30_2024_10:00:00');
	});

	it('writes an Intacct customer as a Re-Leased contact', async () => {
		const out = only(
			await runMapper(
				'intacctToReLeased',
				'customerOrVendorToContact',
				[
					{
						CUSTOMERID: 'C-0001',
						NAME: 'Acme Coworking Ltd',
						STATUS: 'active',
						PRINTAS: 'Acme Coworking Ltd',
						FIRSTNAME: 'Acme',
						LASTNAME: 'Coworking Ltd',
						EMAIL1: 'ap@acme-cowork.example',
						PHONE1: '+1-555-0101',
						WHENMODIFIED: '01/01/2026 09:30:00',
					},
				],
				{},
			),
		);
		expect(out.target).toBe('contact.create');
		expect(out.record).toEqual({
			name: 'Acme Coworking Ltd',
			correspondenceName: 'Acme Coworking Ltd',
			firstName: 'Acme',
			lastName: 'Coworking Ltd',
			email: 'ap@acme-cowork.example',
			telephone: '+1-555-0101',
		});
	});
});
