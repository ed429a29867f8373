/**
 * Refunds paid out of OfficeRnD credit notes → Intacct (debit memo on the bank/clearing account,
 * then the credit memo applied to it), and Intacct debit memos in the Intacct readers. Expected
 * figures are worked out by hand from the records below.
 */
import fc from 'fast-check';
import type { IDataObject } from 'n8n-workflow';
import type { XmlNode } from '../../../nodes/SageIntacct/transport/xml';
import { validateIntacctRequest } from '../../helpers/xsd';
import { IDS, tables } from './fixtures';
import { only, runMapper } from './harness';

const R = 'officeRndToIntacct';
const CN = '66a0c0ffee0000000000a0c9';
const CN_EUR = '66a0c0ffee0000000000a0e9';
const REFUND_1 = '66a0c0ffee00000000000r01';
const REFUND_2 = '66a0c0ffee00000000000r02';
const REFUND_EUR = '66a0c0ffee00000000000r09';

/** GBP credit note 200.00 + 40.00 VAT = 240.00; 150.00 allocated to INV-1042, so 90.00 is left to refund. */
function creditNoteGbp(refunds: IDataObject[]): IDataObject {
	return {
		_id: CN,
		number: 'CN-0009',
		documentType: 'creditNote',
		date: '2025-03-10T00:00:00.000Z',
		company: IDS.companyAcme,
		location: IDS.locLondon,
		reference: 'Office downgrade credit',
		taxType: 'excluded',
		currency: 'GBP',
		lines: [
			{
				description: 'Office downgrade',
				quantity: 1,
				unitPrice: 200,
				taxRate: IDS.taxUk20,
				taxAmount: 40,
				total: 240,
				account: IDS.revOffice,
			},
		],
		taxAmounts: [{ percent: 20, total: 40, taxRate: IDS.taxUk20 }],
		amount: 240,
		status: 'partially_paid',
		allocations: [
			{
				_id: 'alloc-9',
				target: IDS.invGbp,
				amount: 150,
				documentType: 'invoice',
				createdAt: '2025-03-11T09:00:00.000Z',
			},
		],
		modifiedAt: '2025-03-21T09:00:00.000Z',
		refunds,
	};
}

/** A refund charge as OfficeRnD shows it: status "refund", negative amount, on the credit note. */
function refundCharge(id: string, amount: number, extra: IDataObject = {}): IDataObject {
	return {
		_id: id,
		amount,
		currency: 'GBP',
		account: 'Bank Transfer',
		reference: `Refund BACS ${id.slice(-2)}`,
		date: '2025-03-20T10:00:00.000Z',
		status: 'refund',
		payment: CN,
		createdAt: '2025-03-20T10:00:00.000Z',
		modifiedAt: '2025-03-20T10:00:05.000Z',
		...extra,
	};
}

/** EUR credit note 100.00 + 19% = 119.00 at 0.85 GBP per EUR (base 101.15), Berlin, unallocated. */
function creditNoteEur(): IDataObject {
	return {
		_id: CN_EUR,
		number: 'CN-0010',
		documentType: 'creditNote',
		date: '2025-04-02T00:00:00.000Z',
		member: IDS.memberJane,
		location: IDS.locBerlin,
		taxType: 'excluded',
		currency: 'EUR',
		currencyConversionRate: 0.85,
		lines: [
			{
				description: 'Event cancelled',
				quantity: 1,
				unitPrice: 100,
				taxRate: IDS.taxDe19,
				taxAmount: 19,
				total: 119,
				account: IDS.revHotDesk,
			},
		],
		amount: 119,
		baseTotal: 101.15,
		status: 'refunded',
		allocations: [],
		modifiedAt: '2025-04-05T12:00:00.000Z',
		refunds: [
			refundCharge(REFUND_EUR, -119, {
				currency: 'EUR',
				account: 'Credit Card',
				reference: 're_3Pq',
				date: '2025-04-05T11:00:00.000Z',
				payment: CN_EUR,
			}),
		],
	};
}

function refundTables(): IDataObject {
	const t = tables();
	t.paymentMethods = [
		{ source: 'Credit Card', paymentMethod: 'Credit Card', bankAccountId: 'BARCLAYS-GBP', glAccount: '1010' },
		{ source: 'Bank Transfer', paymentMethod: 'EFT', undepositedAccountNo: '1050' },
		{ source: 'Cash', paymentMethod: 'Cash', bankAccountId: 'PETTY' },
	];
	t.documentLinks = [
		{ source: CN, target: '611', partyId: 'ORND-c001' },
		{ source: REFUND_1, target: '901', partyId: 'ORND-c001' },
		{ source: CN_EUR, target: '612' },
		{ source: REFUND_EUR, target: '902' },
	];
	return t;
}

async function xsdValid(record: unknown): Promise<{ valid: boolean; errors: string[] }> {
	return await validateIntacctRequest([
		{ controlId: 'refund-test', body: { create_aradjustment: record } as unknown as XmlNode },
	]);
}

describe('OfficeRnD → Intacct: Credit Note Refunds → Debit Memo', () => {
	it("a partial refund (50.00 of the 90.00 left) becomes a debit memo on the clearing account with the credit note's dimensions", async () => {
		const out = only(
			await runMapper(
				R,
				'creditNoteRefundsToDebitMemo',
				[creditNoteGbp([refundCharge(REFUND_1, -50)])],
				refundTables(),
			),
		);
		expect(out.target).toBe('create_aradjustment');
		expect(out.entity).toBe('UK');
		expect(out.total).toBe('50.00');
		expect(out.currency).toBe('GBP');
		// The key is the refund charge's: its id and version.
		expect(out.idempotencyKey).toBe(`officernd:charge.${REFUND_1}:2025-03-20T10:00:05.000Z`);
		expect(out.refund).toEqual({
			id: REFUND_1,
			amount: '50.00',
			currency: 'GBP',
			creditNote: CN,
			creditNoteNumber: 'CN-0009',
		});
		const record = out.record as IDataObject;
		expect(record).toEqual({
			customerid: 'ORND-c001',
			datecreated: { year: '2025', month: '03', day: '20' },
			action: 'Submit',
			description: 'Refund of credit note CN-0009: Refund BACS 01',
			externalid: REFUND_1,
			aradjustmentitems: {
				lineitem: [
					{
						glaccountno: '1050',
						amount: '50.00',
						memo: 'Refund of CN-0009: Refund BACS 01',
						locationid: 'LON',
						departmentid: 'OPS',
						customfields: { customfield: [{ customfieldname: 'GLDIMSITE', customfieldvalue: 'LON-OLDST' }] },
					},
				],
			},
		});
		const check = await xsdValid(record);
		expect(check.errors).toEqual([]);
		// The schema check can fail: the items before the header are rejected.
		const { aradjustmentitems, ...rest } = record;
		expect((await xsdValid({ aradjustmentitems, ...rest })).valid).toBe(false);
	});

	it('two refunds become two debit memos, in date order, each with its own key; the same input gives the same output', async () => {
		const input = creditNoteGbp([
			refundCharge(REFUND_2, -25, { date: '2025-03-22T10:00:00.000Z' }),
			refundCharge(REFUND_1, 40),
		]);
		const first = await runMapper(R, 'creditNoteRefundsToDebitMemo', [input], refundTables());
		expect(first.mapped.map((m) => [m.json.refund && (m.json.refund as IDataObject).id, m.json.total])).toEqual([
			[REFUND_1, '40.00'],
			[REFUND_2, '25.00'],
		]);
		expect(new Set(first.mapped.map((m) => m.json.idempotencyKey)).size).toBe(2);
		const again = await runMapper(R, 'creditNoteRefundsToDebitMemo', [input], refundTables());
		expect(again.mapped.map((m) => m.json)).toEqual(first.mapped.map((m) => m.json));
	});

	it("multi-currency: a EUR refund is written in EUR at the credit note's rate, in the Berlin entity, on the card clearing account", async () => {
		const out = only(await runMapper(R, 'creditNoteRefundsToDebitMemo', [creditNoteEur()], refundTables()));
		expect(out.entity).toBe('DE');
		expect(out.total).toBe('119.00');
		expect(out.currency).toBe('EUR');
		const record = out.record as IDataObject;
		expect(record.customerid).toBe('ORND-b001');
		expect([record.basecurr, record.currency, record.exchrate]).toEqual(['GBP', 'EUR', '0.85']);
		expect((record.aradjustmentitems as { lineitem: IDataObject[] }).lineitem).toEqual([
			{
				glaccountno: '1010',
				amount: '119.00',
				memo: 'Refund of CN-0010: re_3Pq',
				locationid: 'BER',
				departmentid: 'OPS',
			},
		]);
		expect((await xsdValid(record)).valid).toBe(true);
		// With the rate-type policy Intacct's rate of the refund date is used instead.
		const t = refundTables();
		(t.settings as IDataObject).currencyPolicy = 'rateType';
		const byType = only(await runMapper(R, 'creditNoteRefundsToDebitMemo', [creditNoteEur()], t)).record as IDataObject;
		expect([byType.exchratedate, byType.exchratetype, byType.exchrate]).toEqual([
			{ year: '2025', month: '04', day: '05' },
			'Intacct Daily Rate',
			undefined,
		]);
		expect((await xsdValid(byType)).valid).toBe(true);
	});

	it('a refund larger than the credit left is an item error naming the record, the field and the fix', async () => {
		// 90.00 left after the allocation; the first refund takes 50.00, the second asks for 60.00.
		const input = creditNoteGbp([
			refundCharge(REFUND_1, -50),
			refundCharge(REFUND_2, -60, { date: '2025-03-25T10:00:00.000Z' }),
		]);
		const r = await runMapper(R, 'creditNoteRefundsToDebitMemo', [input, creditNoteEur()], refundTables(), {}, true);
		expect(r.needsMapping).toHaveLength(0);
		// The bad credit note fails alone (paired to item 0); the EUR one is still converted.
		expect(r.mapped).toHaveLength(2);
		const error = String(r.mapped[0]!.json.error);
		expect(r.mapped[0]!.pairedItem).toEqual({ item: 0 });
		expect(error).toContain(`officernd creditNote ${CN} (CN-0009)`);
		expect(error).toContain('field refunds[1].amount');
		expect(error).toContain(`refund charge ${REFUND_2} pays back 60.00 GBP but only 40.00 of the credit is left`);
		expect(error).toContain('allocated to invoices 150.00, refunded before 50.00');
		expect(error).toContain('correct the refund amount in OfficeRnD');
		expect(r.mapped[1]!.json.total).toBe('119.00');
		// Without continueOnFail the run stops on it.
		await expect(runMapper(R, 'creditNoteRefundsToDebitMemo', [input], refundTables())).rejects.toThrow(
			/refunds\[1\]\.amount/,
		);
	});

	it('refuses a charge that is not a refund of this credit note', async () => {
		const wrongStatus = await runMapper(
			R,
			'creditNoteRefundsToDebitMemo',
			[creditNoteGbp([refundCharge(REFUND_1, 50, { status: 'success' })])],
			refundTables(),
			{},
			true,
		);
		expect(String(wrongStatus.mapped[0]!.json.error)).toMatch(
			/refunds\[0\]\.status: charge .* has status "success"; only charges with status "refund" are refunds/,
		);
		const otherDoc = await runMapper(
			R,
			'creditNoteRefundsToDebitMemo',
			[creditNoteGbp([refundCharge(REFUND_1, 50, { payment: IDS.invGbp })])],
			refundTables(),
			{},
			true,
		);
		expect(String(otherDoc.mapped[0]!.json.error)).toMatch(/refunds\[0\]\.payment: .*not to this credit note/);
		const otherCurrency = await runMapper(
			R,
			'creditNoteRefundsToDebitMemo',
			[creditNoteGbp([refundCharge(REFUND_1, 50, { currency: 'EUR' })])],
			refundTables(),
			{},
			true,
		);
		expect(String(otherCurrency.mapped[0]!.json.error)).toMatch(
			/refunds\[0\]\.currency: .*is in EUR but the credit note is in GBP/,
		);
	});

	it('an unknown payment account, or a row with no GL account, goes to "Needs mapping" naming the table', async () => {
		const unknown = await runMapper(
			R,
			'creditNoteRefundsToDebitMemo',
			[creditNoteGbp([refundCharge(REFUND_1, -50, { account: 'PayPal' })])],
			refundTables(),
		);
		expect(unknown.mapped).toHaveLength(0);
		expect(unknown.needsMapping[0]!.json).toMatchObject({
			table: 'paymentMethods',
			field: 'refund.account',
			value: 'PayPal',
			idempotencyKey: `officernd:charge.${REFUND_1}:2025-03-20T10:00:05.000Z`,
		});
		expect(String(unknown.needsMapping[0]!.json.error)).toContain(`officernd charge ${REFUND_1} (refund of CN-0009)`);
		const noGl = await runMapper(
			R,
			'creditNoteRefundsToDebitMemo',
			[creditNoteGbp([refundCharge(REFUND_1, -50, { account: 'Cash' })])],
			refundTables(),
		);
		expect(noGl.needsMapping[0]!.json).toMatchObject({
			table: 'paymentMethods',
			field: 'refund.account',
			value: 'Cash',
		});
		expect(String(noGl.needsMapping[0]!.json.error)).toContain('"glAccount" and "undepositedAccountNo" are empty');
	});

	it('a credit note without refunds maps to nothing; an invoice is refused', async () => {
		const none = await runMapper(R, 'creditNoteRefundsToDebitMemo', [creditNoteGbp([])], refundTables());
		expect(none).toEqual({ mapped: [], needsMapping: [] });
		const invoice = await runMapper(
			R,
			'creditNoteRefundsToDebitMemo',
			[{ ...creditNoteGbp([]), documentType: 'invoice' }],
			refundTables(),
			{},
			true,
		);
		expect(String(invoice.mapped[0]!.json.error)).toMatch(/refunds are read from credit notes/);
	});
});

describe('refunds: properties', () => {
	it('for any credit note, allocation and refunds: either the debit memos add up exactly to the refunds, within the credit, with distinct stable keys, or the first refund that exceeds the credit left fails the item', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.integer({ min: 1, max: 5_000_000 }), // credit note net, in pence (tax 20% on top)
				fc.integer({ min: 0, max: 100 }), // percent of the gross allocated to an invoice
				fc.array(fc.integer({ min: 1, max: 3_000_000 }), { minLength: 1, maxLength: 5 }), // refunds in pence
				async (netPence, allocatedPct, refundPence) => {
					const taxPence = Math.round(netPence * 0.2);
					const [net, tax, grossPence] = [netPence / 100, taxPence / 100, netPence + taxPence];
					const allocatedPence = Math.floor((grossPence * allocatedPct) / 100);
					const refunds = refundPence.map((p, n) =>
						refundCharge(`66a0c0ffee00000000000r${String(n).padStart(2, '0')}`, -p / 100, {
							date: `2025-03-${String(20 + n).padStart(2, '0')}T10:00:00.000Z`,
						}),
					);
					const doc = {
						...creditNoteGbp(refunds),
						lines: [
							{
								description: 'Credit',
								quantity: 1,
								unitPrice: net,
								taxRate: IDS.taxUk20,
								taxAmount: tax,
								total: grossPence / 100,
								account: IDS.revOffice,
							},
						],
						taxAmounts: [{ percent: 20, total: tax, taxRate: IDS.taxUk20 }],
						amount: grossPence / 100,
						allocations: allocatedPence ? [{ _id: 'a', target: IDS.invGbp, amount: allocatedPence / 100 }] : [],
					};
					const left = grossPence - allocatedPence;
					let running = 0;
					const firstOver = refundPence.findIndex((p) => (running += p) > left);
					const r = await runMapper(R, 'creditNoteRefundsToDebitMemo', [doc], refundTables(), {}, true);
					if (firstOver >= 0) {
						expect(r.mapped).toHaveLength(1);
						expect(String(r.mapped[0]!.json.error)).toContain(`field refunds[${firstOver}].amount`);
						return;
					}
					expect(r.mapped.map((m) => m.json.error)).toEqual(refundPence.map(() => undefined));
					const totals = r.mapped.map((m) => Math.round(Number(m.json.total) * 100));
					expect(totals).toEqual(refundPence);
					const lineSum = r.mapped.map((m) =>
						Math.round(
							Number(
								((m.json.record as IDataObject).aradjustmentitems as { lineitem: IDataObject[] }).lineitem[0]!.amount,
							) * 100,
						),
					);
					expect(lineSum).toEqual(refundPence);
					expect(new Set(r.mapped.map((m) => m.json.idempotencyKey)).size).toBe(refundPence.length);
					const again = await runMapper(R, 'creditNoteRefundsToDebitMemo', [doc], refundTables(), {}, true);
					expect(again.mapped.map((m) => m.json)).toEqual(r.mapped.map((m) => m.json));
				},
			),
			{ numRuns: 150 },
		);
	});
});

describe('OfficeRnD → Intacct: Credit Note Refunds → Credit Applied to Debit Memo', () => {
	it("applies the credit memo to the refund's debit memo with no cash, under its own key", async () => {
		const out = only(
			await runMapper(
				R,
				'creditNoteRefundsToApplication',
				[creditNoteGbp([refundCharge(REFUND_1, -50)])],
				refundTables(),
			),
		);
		expect(out.target).toBe('ARPYMT');
		expect(out.total).toBe('50.00');
		expect(out.idempotencyKey).toBe(`officernd:charge.${REFUND_1}.application:2025-03-20T10:00:05.000Z`);
		expect(out.record).toEqual({
			CUSTOMERID: 'ORND-c001',
			RECEIPTDATE: '03/20/2025',
			PAYMENTDATE: '03/20/2025',
			CURRENCY: 'GBP',
			DESCRIPTION: 'Refund Refund BACS 01: credit CN-0009 applied to its debit memo',
			ARPYMTDETAILS: { ARPYMTDETAIL: [{ POSADJKEY: '901', ADJUSTMENTKEY: '611', TRX_ADJUSTMENTAMOUNT: '50.00' }] },
		});
		const eur = only(await runMapper(R, 'creditNoteRefundsToApplication', [creditNoteEur()], refundTables()));
		expect((eur.record as IDataObject).CURRENCY).toBe('EUR');
		expect((eur.record as IDataObject).ARPYMTDETAILS).toEqual({
			ARPYMTDETAIL: [{ POSADJKEY: '902', ADJUSTMENTKEY: '612', TRX_ADJUSTMENTAMOUNT: '119.00' }],
		});
	});

	it('a refund whose debit memo is not in Intacct yet goes to "Needs mapping" (documentLinks)', async () => {
		const r = await runMapper(
			R,
			'creditNoteRefundsToApplication',
			[creditNoteGbp([refundCharge(REFUND_2, -50)])],
			refundTables(),
		);
		expect(r.mapped).toHaveLength(0);
		expect(r.needsMapping[0]!.json).toMatchObject({
			table: 'documentLinks',
			field: 'refund.debitMemo',
			value: REFUND_2,
		});
	});
});

describe('Intacct debit memos in the Intacct readers', () => {
	const debitMemo = {
		RECORDNO: '95',
		RECORDID: 'ADJ-0095',
		CUSTOMERID: 'C-0001',
		DOCNUMBER: 'Key replacement',
		STATE: 'Posted',
		WHENCREATED: '06/14/2024',
		CURRENCY: 'NZD',
		TRX_TOTALENTERED: '57.50',
		WHENMODIFIED: '06/14/2024 08:00:00',
		ARADJUSTMENTITEMS: {
			ARADJUSTMENTITEM: [
				{
					ACCOUNTNO: '4000',
					TRX_AMOUNT: '50.00',
					ENTRYDESCRIPTION: 'Replacement keys',
					LOCATIONID: 'AKL',
					TAXENTRIES: { TAXENTRY: { DETAILID: 'NZ GST 15% Sales', TRX_TAX: '7.50' } },
				},
			],
		},
	};
	const back = () => ({
		customers: [{ source: 'C-0001', target: 'con_1' }],
		accounts: [{ source: '4000', target: '200' }],
		taxCodes: [{ source: 'NZ GST 15% Sales', target: 'GST on Income' }],
		dimensions: [{ source: 'AKL', target: '12 Queen St' }],
	});

	it('AR Adjustment → Credit Note refuses a debit memo, naming the record, the field and the operation that converts it', async () => {
		const r = await runMapper('intacctToReLeased', 'arAdjustmentToCreditNote', [debitMemo], back(), {}, true);
		const error = String(r.mapped[0]!.json.error);
		expect(error).toContain('intacct ARADJUSTMENT 95 (ADJ-0095), field TRX_TOTALENTERED');
		expect(error).toContain('is a debit memo');
		expect(error).toContain('"AR Invoice or AP Bill → Invoice"');
		// A debit memo with no stated total is told apart by its lines.
		const { TRX_TOTALENTERED: _t, ...noTotal } = debitMemo;
		const r2 = await runMapper('intacctToReLeased', 'arAdjustmentToCreditNote', [noTotal], back(), {}, true);
		expect(String(r2.mapped[0]!.json.error)).toContain('is a debit memo');
	});

	it('AR Payment → Charge Changes (Intacct → OfficeRnD) says a payment that only settles a debit memo is no charge', async () => {
		const application = {
			RECORDNO: '77',
			CUSTOMERID: 'C-1',
			PAYMENTMETHOD: 'Cash',
			RECEIPTDATE: '03/20/2025',
			CURRENCY: 'GBP',
			TRX_TOTALENTERED: '0.00',
			STATE: 'Posted',
			WHENMODIFIED: '03/20/2025 10:00:00',
			ARPYMTDETAILS: {
				ARPYMTDETAIL: [{ RECORDNO: '1', POSADJKEY: '901', ADJUSTMENTKEY: '611', TRX_ADJUSTMENTAMOUNT: '20.00' }],
			},
		};
		const r = await runMapper('intacctToOfficeRnd', 'arPaymentToCharges', [application], {}, {}, true);
		expect(String(r.mapped[0]!.json.error)).toBe(
			'Item 0: intacct ARPYMT 77, field ARPYMTDETAILS.POSADJKEY: the payment settles debit memos only (such as a refund paid out of a credit note); it pays no invoice, so there is no OfficeRnD charge to write',
		);
	});

	it('AR Invoice or AP Bill → Invoice writes a debit memo as a Re-Leased income invoice due on its date, with positive lines', async () => {
		const out = only(await runMapper('intacctToReLeased', 'documentToInvoice', [debitMemo], back()));
		expect(out.target).toBe('invoice.create');
		expect(out.total).toBe('57.50');
		expect(out.record).toEqual({
			invoiceNumber: 'ADJ-0095',
			type: 'Income',
			status: 'Approved',
			contactId: 'con_1',
			issueDate: '2024-06-14',
			dueDate: '2024-06-14',
			reference: 'Key replacement',
			currency: 'NZD',
			lines: [
				{
					description: 'Replacement keys',
					accountCode: '200',
					taxType: 'GST on Income',
					tracking: { category: 'Property', option: '12 Queen St' },
					amountExclTax: 50,
					taxAmount: 7.5,
				},
			],
		});
		// A credit memo is sent to the credit-note operation instead.
		const credit = {
			...debitMemo,
			TRX_TOTALENTERED: '-57.50',
			ARADJUSTMENTITEMS: {
				ARADJUSTMENTITEM: [
					{
						...debitMemo.ARADJUSTMENTITEMS.ARADJUSTMENTITEM[0],
						TRX_AMOUNT: '-50.00',
						TAXENTRIES: { TAXENTRY: { DETAILID: 'NZ GST 15% Sales', TRX_TAX: '-7.50' } },
					},
				],
			},
		};
		const r = await runMapper('intacctToReLeased', 'documentToInvoice', [credit], back(), {}, true);
		expect(String(r.mapped[0]!.json.error)).toMatch(/credit memo: convert it with "AR Adjustment → Credit Note"/);
	});
});
