import type { IDataObject } from 'n8n-workflow';
import { SandboxClock } from '../../../sandbox/core/clock';
import { RecordStore } from '../../../sandbox/core/store';
import { buildCreditNote, toApi, writableFields } from '../../../sandbox/released/model';
import { seedReLeased } from '../../../sandbox/released/seed';
import { Lookup } from '../../../nodes/AccountingMapper/mappings/resolve';
import { parseMappingTables } from '../../../nodes/AccountingMapper/mappings/tables';
import { createApAdjustment, readApAdjustment } from '../../../nodes/AccountingMapper/systems/intacct';
import { readDocument } from '../../../nodes/AccountingMapper/systems/released';
import type { XmlNode } from '../../../nodes/SageIntacct/transport/xml';
import { validateIntacctRequest } from '../../helpers/xsd';
import { only, runMapper } from './harness';

/**
 * Expense credit notes ↔ AP adjustments (Re-Leased ↔ Intacct). The Re-Leased records are built
 * by the Re-Leased sandbox's own model (buildCreditNote prices lines and tax) and rendered as the
 * Re-Leased node reads them. Hand figures: repairs 400.00 + cleaning 120.50, GST 15% 60.00 + 18.08
 * (Re-Leased rounds per line) = 598.58; allocated 350.00 to expense invoice inv_7 (BILL-2001), 248.58
 * left as credit.
 */
const store = new RecordStore('released', new SandboxClock());
seedReLeased(store);

function expenseCreditNote(extra: IDataObject = {}): IDataObject {
	const fields = buildCreditNote(store, {
		type: 'Expense',
		status: 'Approved',
		contactId: 'con_4',
		issueDate: '2024-06-03',
		reference: 'Credit for unfinished works',
		lines: [
			{
				description: 'Repairs credit',
				accountCode: '400',
				taxType: 'GST on Expenses',
				tracking: { category: 'Property', option: '12 Queen St' },
				amountExclTax: 400,
			},
			{
				description: 'Cleaning credit',
				accountCode: '420',
				taxType: 'GST on Expenses',
				tracking: { category: 'Property', option: '88 Harbour Rd' },
				amountExclTax: 120.5,
			},
		],
	});
	const inserted = store.insert('creditNote', {
		...fields,
		creditNoteNumber: 'SCN-77',
		invoiceId: 'inv_7',
		remainingCredit: 248.58,
		...extra,
	});
	return toApi(inserted) as unknown as IDataObject;
}

function tables(): IDataObject {
	return {
		accounts: [
			{ source: '200', glAccount: '4000' },
			{ source: '400', glAccount: '6200' },
			{ source: '420', glAccount: '6210' },
		],
		taxCodes: [{ source: 'GST on Expenses', taxDetailId: 'NZ GST 15% Purchases', taxGlAccount: '2310' }],
		dimensions: [
			{ source: '12 Queen St', locationId: 'AKL', departmentId: 'PROP-QUEEN12' },
			{ source: '88 Harbour Rd', locationId: 'AKL', departmentId: 'PROP-HARB88' },
		],
		documentLinks: [{ source: 'inv_7', target: '4007', partyId: 'RL-con_4' }],
		settings: { customerIdStrategy: 'sourceId', customerIdPrefix: 'RL-', baseCurrency: 'NZD' },
	};
}

async function xsd(record: unknown): Promise<string[]> {
	return (
		await validateIntacctRequest([{ controlId: 'rl', body: { create_apadjustment: record } as unknown as XmlNode }])
	).errors;
}

describe('Re-Leased → Intacct: expense credit note → AP adjustment (debit memo)', () => {
	it('writes a multi-line expense credit note with tax as negative AP adjustment lines, valid against api.xsd, with its partial allocation', async () => {
		const cn = expenseCreditNote();
		expect(cn.total).toBe(598.58);
		const out = only(await runMapper('reLeasedToIntacct', 'creditNoteToArAdjustment', [cn], tables()));
		expect(out.target).toBe('create_apadjustment');
		expect(out.total).toBe('-598.58');
		expect(out.currency).toBe('NZD');
		expect(out.idempotencyKey).toMatch(/released/);
		const record = out.record as IDataObject;
		expect(record).toMatchObject({
			vendorid: 'RL-con_4',
			datecreated: { year: '2024', month: '06', day: '03' },
			adjustmentno: 'SCN-77',
			action: 'Submit',
			description: 'Credit for unfinished works',
			externalid: cn.id,
		});
		expect(record.customerid).toBeUndefined();
		expect((record.apadjustmentitems as { lineitem: IDataObject[] }).lineitem).toEqual([
			{
				glaccountno: '6200',
				amount: '-400.00',
				memo: 'Repairs credit',
				locationid: 'AKL',
				departmentid: 'PROP-QUEEN12',
			},
			{
				glaccountno: '2310',
				amount: '-60.00',
				memo: 'Tax NZ GST 15% Purchases: Repairs credit',
				locationid: 'AKL',
				departmentid: 'PROP-QUEEN12',
			},
			{
				glaccountno: '6210',
				amount: '-120.50',
				memo: 'Cleaning credit',
				locationid: 'AKL',
				departmentid: 'PROP-HARB88',
			},
			{
				glaccountno: '2310',
				amount: '-18.08',
				memo: 'Tax NZ GST 15% Purchases: Cleaning credit',
				locationid: 'AKL',
				departmentid: 'PROP-HARB88',
			},
		]);
		// The allocation Re-Leased made: 598.58 − 248.58 left = 350.00 against the linked Intacct bill.
		expect(out.application).toEqual({ invoiceId: 'inv_7', billRecordNo: '4007', amount: '350.00' });
		expect(await xsd(record)).toEqual([]);
	});

	it('an allocation to an invoice not synced yet has no bill; no invoice, no application; a remaining credit above the total is an error', async () => {
		const t = { ...tables(), documentLinks: [] };
		expect(
			only(
				await runMapper(
					'reLeasedToIntacct',
					'creditNoteToArAdjustment',
					[expenseCreditNote({ remainingCredit: 0 })],
					t,
				),
			).application,
		).toEqual({ invoiceId: 'inv_7', billRecordNo: null, amount: '598.58' });
		expect(
			only(
				await runMapper(
					'reLeasedToIntacct',
					'creditNoteToArAdjustment',
					[expenseCreditNote({ invoiceId: null })],
					tables(),
				),
			).application,
		).toBeNull();
		const bad = await runMapper(
			'reLeasedToIntacct',
			'creditNoteToArAdjustment',
			[expenseCreditNote({ remainingCredit: 600 })],
			tables(),
			{},
			true,
		);
		expect(bad.mapped[0]!.json.error).toMatch(/remainingCredit.*between 0 and the credit note total 598.58/);
	});

	it('tax handling "tax entries": the tax rides on the line with the line\'s sign, and the tax solution is sent', async () => {
		const t = tables();
		(t.settings as IDataObject).taxHandling = 'taxEntries';
		(t.settings as IDataObject).taxSolutionId = 'New Zealand - GST';
		const out = only(await runMapper('reLeasedToIntacct', 'creditNoteToArAdjustment', [expenseCreditNote()], t));
		const record = out.record as IDataObject;
		expect(record.taxsolutionid).toBe('New Zealand - GST');
		expect(
			(record.apadjustmentitems as { lineitem: IDataObject[] }).lineitem.map((l) => [
				l.amount,
				(l.taxentries as { taxentry: IDataObject[] }).taxentry[0],
			]),
		).toEqual([
			['-400.00', { detailid: 'NZ GST 15% Purchases', trx_tax: '-60.00' }],
			['-120.50', { detailid: 'NZ GST 15% Purchases', trx_tax: '-18.08' }],
		]);
		expect(out.total).toBe('-598.58');
		// Outside the 2019 schema (2020 R4 elements): the only complaints are those elements.
		const errors = await xsd(record);
		expect(errors.length).toBeGreaterThan(0);
		expect(errors.every((e) => /taxentries|taxsolutionid/.test(e))).toBe(true);
	});

	it('awaiting approval → Draft; income credit notes still become AR adjustments', async () => {
		const awaiting = only(
			await runMapper(
				'reLeasedToIntacct',
				'creditNoteToArAdjustment',
				[expenseCreditNote({ status: 'AwaitingApproval' })],
				tables(),
			),
		);
		expect((awaiting.record as IDataObject).action).toBe('Draft');
		const t = {
			...tables(),
			accounts: [...(tables().accounts as IDataObject[])],
			taxCodes: [{ source: 'GST on Income', taxDetailId: 'NZ GST 15% Sales', taxGlAccount: '2300' }],
		};
		const income = only(
			await runMapper(
				'reLeasedToIntacct',
				'creditNoteToArAdjustment',
				[toApi(store.get('creditNote', 'cn_1')!) as unknown as IDataObject],
				t,
			),
		);
		expect(income.target).toBe('create_aradjustment');
		expect((income.record as IDataObject).customerid).toBe('RL-con_2');
	});

	it('routes an unmapped account, tax type and property of an expense credit note to "Needs mapping"', async () => {
		const cases: Array<[string, string, string]> = [
			['accounts', 'lines[2].account', '420'],
			['taxCodes', 'lines[1].taxRate', 'GST on Expenses'],
			['dimensions', 'lines[2].location', '88 Harbour Rd'],
		];
		for (const [table, field, value] of cases) {
			const t = tables();
			t[table] = (t[table] as IDataObject[]).filter((r) => r.source !== value);
			const { needsMapping, mapped } = await runMapper(
				'reLeasedToIntacct',
				'creditNoteToArAdjustment',
				[expenseCreditNote()],
				t,
			);
			expect(mapped).toHaveLength(0);
			expect(needsMapping[0]?.json).toMatchObject({
				table,
				field,
				value,
				record: { system: 'released', type: 'creditNote' },
			});
		}
	});

	it('the writer refuses anything but a vendor credit', () => {
		const lookup = new Lookup(parseMappingTables(tables()), { system: 'released', type: 'invoice', id: 'inv_7' });
		const bill = readDocument(toApi(store.get('invoice', 'inv_7')!), 'invoice', lookup);
		expect(() => createApAdjustment(lookup, bill, 'RL-con_4')).toThrow(/is bill: only vendor credits/);
	});
});

describe('Intacct → Re-Leased: AP adjustment (debit memo) → expense credit note', () => {
	const debitMemo = {
		RECORDNO: '21',
		RECORDID: 'APADJ-00021',
		VENDORID: 'V-APEX',
		DOCNUMBER: 'BILL-2001',
		DESCRIPTION: 'Unfinished works',
		STATE: 'Posted',
		ADJUSTMENTTYPE: 'Debit Memo',
		WHENCREATED: '06/04/2024',
		CURRENCY: 'NZD',
		TRX_TOTALENTERED: '-345.00',
		WHENMODIFIED: '06/04/2024 09:00:00',
		APADJUSTMENTITEMS: {
			APADJUSTMENTITEM: [
				{
					ACCOUNTNO: '6200',
					TRX_AMOUNT: '-200.00',
					ENTRYDESCRIPTION: 'Repairs',
					LOCATIONID: 'AKL',
					DEPARTMENTID: 'PROP-QUEEN12',
					TAXENTRIES: { TAXENTRY: { DETAILID: 'NZ GST 15% Purchases', TRX_TAX: '-30.00' } },
				},
				{
					ACCOUNTNO: '6210',
					TRX_AMOUNT: '-100.00',
					ENTRYDESCRIPTION: 'Cleaning',
					LOCATIONID: 'AKL',
					DEPARTMENTID: 'PROP-HARB88',
					TAXENTRIES: { TAXENTRY: { DETAILID: 'NZ GST 15% Purchases', TRX_TAX: '-15.00' } },
				},
			],
		},
	};
	const back = (): IDataObject => ({
		accounts: [
			{ source: '6200', target: '400' },
			{ source: '6210', target: '420' },
		],
		taxCodes: [{ source: 'NZ GST 15% Purchases', target: 'GST on Expenses' }],
		dimensions: [
			{ source: 'PROP-QUEEN12', target: '12 Queen St' },
			{ source: 'PROP-HARB88', target: '88 Harbour Rd' },
		],
		customers: [{ source: 'V-APEX', target: 'con_4' }],
		documentLinks: [{ source: 'billno:BILL-2001', target: 'inv_7' }],
	});

	it('writes a multi-line debit memo with tax as an expense credit note allocated to the expense invoice it names', async () => {
		const out = only(await runMapper('intacctToReLeased', 'apAdjustmentToCreditNote', [debitMemo], back()));
		expect(out.target).toBe('creditNote.create');
		expect(out.releasedId).toBeNull();
		expect(out.total).toBe('345.00');
		expect(out.record).toEqual({
			creditNoteNumber: 'APADJ-00021',
			type: 'Expense',
			status: 'Approved',
			contactId: 'con_4',
			issueDate: '2024-06-04',
			reference: 'BILL-2001',
			currency: 'NZD',
			invoiceId: 'inv_7',
			lines: [
				{
					description: 'Repairs',
					accountCode: '400',
					taxType: 'GST on Expenses',
					tracking: { category: 'Property', option: '12 Queen St' },
					amountExclTax: 200,
					taxAmount: 30,
				},
				{
					description: 'Cleaning',
					accountCode: '420',
					taxType: 'GST on Expenses',
					tracking: { category: 'Property', option: '88 Harbour Rd' },
					amountExclTax: 100,
					taxAmount: 15,
				},
			],
		});
		// The Re-Leased sandbox's write check (its contract's field list) accepts the body as it is.
		expect(() => writableFields('creditNote', out.record)).not.toThrow();
	});

	it('reads the debit memo as a vendor credit with positive amounts; a credit memo is a bill', () => {
		const doc = readApAdjustment(debitMemo);
		expect([doc.type, doc.partyRole, doc.partyId, doc.totals.gross, doc.totals.tax, doc.reference]).toEqual([
			'vendorCredit',
			'vendor',
			'V-APEX',
			'345',
			'45',
			'BILL-2001',
		]);
		const lines = debitMemo.APADJUSTMENTITEMS.APADJUSTMENTITEM.map((l) => ({
			...l,
			TRX_AMOUNT: l.TRX_AMOUNT.slice(1),
			TAXENTRIES: { TAXENTRY: { ...l.TAXENTRIES.TAXENTRY, TRX_TAX: l.TAXENTRIES.TAXENTRY.TRX_TAX.slice(1) } },
		}));
		expect(
			readApAdjustment({ ...debitMemo, TRX_TOTALENTERED: '345.00', APADJUSTMENTITEMS: { APADJUSTMENTITEM: lines } })
				.type,
		).toBe('bill');
	});

	it('refuses a credit memo, a draft goes as awaiting approval, and a linked credit note is updated', async () => {
		const lines = debitMemo.APADJUSTMENTITEMS.APADJUSTMENTITEM.map((l) => ({
			...l,
			TRX_AMOUNT: l.TRX_AMOUNT.slice(1),
			TAXENTRIES: { TAXENTRY: { ...l.TAXENTRIES.TAXENTRY, TRX_TAX: l.TAXENTRIES.TAXENTRY.TRX_TAX.slice(1) } },
		}));
		const credit = await runMapper(
			'intacctToReLeased',
			'apAdjustmentToCreditNote',
			[{ ...debitMemo, TRX_TOTALENTERED: '345.00', APADJUSTMENTITEMS: { APADJUSTMENTITEM: lines } }],
			back(),
			{},
			true,
		);
		expect(credit.mapped[0]!.json.error).toMatch(/credit memo \(it adds to what is owed the vendor\)/);
		const t = back();
		(t.documentLinks as IDataObject[]).push({ source: '21', target: 'cn_9' });
		const draft = only(
			await runMapper('intacctToReLeased', 'apAdjustmentToCreditNote', [{ ...debitMemo, STATE: 'Draft' }], t),
		);
		expect(draft).toMatchObject({
			target: 'creditNote.update',
			releasedId: 'cn_9',
			record: { status: 'AwaitingApproval' },
		});
	});

	it('routes an unmapped vendor, account and bill link to "Needs mapping"; no bill named, no allocation', async () => {
		const cases: Array<[string, string, string]> = [
			['customers', 'VENDORID', 'V-APEX'],
			['accounts', 'lines[2].account', '6210'],
			['documentLinks', 'DOCNUMBER', 'billno:BILL-2001'],
		];
		for (const [table, field, value] of cases) {
			const t = back();
			t[table] = (t[table] as IDataObject[]).filter((r) => r.source !== value);
			const { needsMapping } = await runMapper('intacctToReLeased', 'apAdjustmentToCreditNote', [debitMemo], t);
			expect(needsMapping[0]?.json).toMatchObject({
				table,
				field,
				value,
				record: { system: 'intacct', type: 'APADJUSTMENT' },
			});
		}
		const unlinked = only(
			await runMapper('intacctToReLeased', 'apAdjustmentToCreditNote', [{ ...debitMemo, DOCNUMBER: '' }], {
				...back(),
				documentLinks: [],
			}),
		);
		expect((unlinked.record as IDataObject).invoiceId).toBeUndefined();
	});

	it('an AP credit memo (adds to what is owed) goes through "AR Invoice or AP Bill → Invoice" as an expense invoice due on its date; a debit memo there points to this operation', async () => {
		const lines = debitMemo.APADJUSTMENTITEMS.APADJUSTMENTITEM.map((l) => ({
			...l,
			TRX_AMOUNT: l.TRX_AMOUNT.slice(1),
			TAXENTRIES: { TAXENTRY: { ...l.TAXENTRIES.TAXENTRY, TRX_TAX: l.TAXENTRIES.TAXENTRY.TRX_TAX.slice(1) } },
		}));
		const creditMemo = {
			...debitMemo,
			RECORDID: 'APADJ-00022',
			ADJUSTMENTTYPE: 'Credit Memo',
			TRX_TOTALENTERED: '345.00',
			APADJUSTMENTITEMS: { APADJUSTMENTITEM: lines },
		};
		const out = only(await runMapper('intacctToReLeased', 'documentToInvoice', [creditMemo], back()));
		expect(out.target).toBe('invoice.create');
		expect(out.total).toBe('345.00');
		expect(out.record).toMatchObject({
			invoiceNumber: 'APADJ-00022',
			type: 'Expense',
			contactId: 'con_4',
			issueDate: '2024-06-04',
			dueDate: '2024-06-04',
		});
		expect(
			((out.record as IDataObject).lines as IDataObject[]).map((l) => [l.accountCode, l.amountExclTax, l.taxAmount]),
		).toEqual([
			['400', 200, 30],
			['420', 100, 15],
		]);
		expect(() => writableFields('invoice', out.record)).not.toThrow();
		const wrong = await runMapper('intacctToReLeased', 'documentToInvoice', [debitMemo], back(), {}, true);
		expect(wrong.mapped[0]!.json.error).toMatch(
			/debit memo \(a vendor credit\): convert it with "AP Adjustment → Expense Credit Note"/,
		);
	});
});
