import type { IDataObject } from 'n8n-workflow';
import { SandboxClock } from '../../../sandbox/core/clock';
import { RecordStore } from '../../../sandbox/core/store';
import { render } from '../../../sandbox/scoro/api';
import { finishSeed } from '../../../sandbox/scoro/documents';
import { SCORO_MODULES } from '../../../sandbox/scoro/modules';
import { seedScoro } from '../../../sandbox/scoro/seed';
import { only, runMapper } from './harness';

/**
 * Intacct payments → Scoro receipts (template 17, the Intacct → Scoro half): AR payments become
 * receipts of invoices, AP payments receipts of bills. Records are shaped as the Sage Intacct node
 * reads them from the sandbox (ARPYMT: TRX_TOTALENTERED, RECEIPTDATE, STATE Posted; APPYMT:
 * TOTALENTERED, PAYMENTDATE, STATE Complete). Expected figures worked out by hand.
 */
const tables = (): IDataObject => ({
	paymentMethods: [
		{ source: '1', paymentMethod: 'EFT', bankAccountId: 'BARC-GBP' },
		{ source: '2', paymentMethod: 'EFT', bankAccountId: 'BOA-OPS' },
	],
	// Intacct RECORDNO → Scoro document id, with the Scoro document's company as partyId.
	documentLinks: [
		{ source: '31', target: '3', partyId: '1' },
		{ source: '37', target: '7', partyId: '1' },
		{ source: '52', target: '2', partyId: '4' },
	],
});

const arPayment: IDataObject = {
	RECORDNO: '9101',
	CUSTOMERID: 'C-0012',
	PAYMENTMETHOD: 'EFT',
	FINANCIALENTITY: 'BARC-GBP',
	RECEIPTDATE: '10/20/2026',
	PAYMENTDATE: '10/20/2026',
	CURRENCY: 'GBP',
	TRX_TOTALENTERED: '1700.50',
	STATE: 'Posted',
	WHENMODIFIED: '10/20/2026 16:00:00',
	// Two invoices paid, plus a credit memo applied to the first (moves no money: not a receipt).
	ARPYMTDETAILS: {
		ARPYMTDETAIL: [
			{ RECORDNO: '1', RECORDKEY: '31', TRX_PAYMENTAMOUNT: '1200.00' },
			{ RECORDNO: '2', RECORDKEY: '31', ADJUSTMENTKEY: '77', TRX_ADJUSTMENTAMOUNT: '120.00' },
			{ RECORDNO: '3', RECORDKEY: '37', TRX_PAYMENTAMOUNT: '500.50' },
		],
	},
};

const apPayment: IDataObject = {
	RECORDNO: '12',
	VENDORID: 'V-0002',
	PAYMENTMETHOD: 'EFT',
	FINANCIALENTITY: 'BOA-OPS',
	PAYMENTDATE: '10/21/2026',
	CURRENCY: 'GBP',
	BASECURR: 'GBP',
	TOTALENTERED: '540.00',
	STATE: 'Complete',
	WHENMODIFIED: '10/21/2026 09:30:00',
	APPYMTDETAILS: { APPYMTDETAIL: [{ RECORDNO: '40', PAYMENTKEY: '12', RECORDKEY: '52', TRX_PAYMENTAMOUNT: '540.00' }] },
};

describe('Intacct → Scoro: payments → receipts', () => {
	it('writes an AR payment of two invoices as one receipt group with a receipt per invoice (credits applied are not receipts)', async () => {
		const out = only(await runMapper('intacctToScoro', 'arPaymentToReceipt', [arPayment], tables()));
		expect(out).toMatchObject({
			targetSystem: 'scoro',
			target: 'receipts.modify',
			total: '1700.50',
			currency: 'GBP',
			source: { system: 'intacct', type: 'ARPYMT', id: '9101' },
		});
		expect(out.record).toEqual({
			date: '2026-10-20',
			contact_id: 1,
			sum: 1700.5,
			currency: 'GBP',
			sales_doc_type: 'invoices',
			receipt_account_id: 1,
			receipts: [
				{ invoice_id: 3, sum: 1200, date: '2026-10-20' },
				{ invoice_id: 7, sum: 500.5, date: '2026-10-20' },
			],
		});
		expect(out.idempotencyKey).toEqual(expect.stringContaining('9101'));
		// Same record, same key; a changed payment (new WHENMODIFIED) gets a new key.
		const again = only(await runMapper('intacctToScoro', 'arPaymentToReceipt', [arPayment], tables()));
		expect(again.idempotencyKey).toBe(out.idempotencyKey);
		const changed = only(
			await runMapper(
				'intacctToScoro',
				'arPaymentToReceipt',
				[{ ...arPayment, WHENMODIFIED: '10/22/2026 08:00:00' }],
				tables(),
			),
		);
		expect(changed.idempotencyKey).not.toBe(out.idempotencyKey);
	});

	it("writes an AP payment as read from Intacct (TOTALENTERED, PAYMENTDATE, state Complete) as a receipt on the Scoro bill, paid by the bill's supplier", async () => {
		const out = only(await runMapper('intacctToScoro', 'apPaymentToReceipt', [apPayment], tables()));
		expect(out.record).toEqual({
			date: '2026-10-21',
			contact_id: 4,
			sum: 540,
			currency: 'GBP',
			sales_doc_type: 'bills',
			receipt_account_id: 2,
			receipts: [{ invoice_id: 2, sum: 540, date: '2026-10-21' }],
		});
		expect(out.total).toBe('540.00');
	});

	it('falls back to the customers table for the contact when the link names no party', async () => {
		const t = tables();
		t.documentLinks = [{ source: '52', target: '2' }];
		const { needsMapping } = await runMapper('intacctToScoro', 'apPaymentToReceipt', [apPayment], t);
		expect(needsMapping[0]!.json).toMatchObject({ table: 'customers', field: 'VENDORID', value: 'V-0002' });
		const out = only(
			await runMapper('intacctToScoro', 'apPaymentToReceipt', [apPayment], {
				...t,
				customers: [{ source: 'V-0002', target: '4' }],
			}),
		);
		expect((out.record as IDataObject).contact_id).toBe(4);
	});

	it('does not send back a payment that was written from a Scoro receipt (no ping-pong)', async () => {
		// Scoro → Intacct writes the receipt group's id into the payment's DESCRIPTION...
		const store = new RecordStore('scoro', new SandboxClock());
		seedScoro(store, finishSeed);
		const receipt = render(SCORO_MODULES.receipts, store.get('receipts', '1')!, true) as IDataObject;
		const toIntacct = only(
			await runMapper('scoroToIntacct', 'receiptToPayment', [receipt], {
				paymentMethods: [{ source: '1', paymentMethod: 'EFT', bankAccountId: 'BARC-GBP' }],
				documentLinks: [{ source: '1', target: '31', partyId: 'C-0012' }],
				settings: { baseCurrency: 'GBP' },
			}),
		);
		const written = toIntacct.record as IDataObject;
		expect(written.DESCRIPTION).toBe('Scoro receipt 1');
		// ...so when Intacct → Scoro reads that payment back, it refuses it and says why.
		const readBack = {
			...written,
			RECORDNO: '9200',
			STATE: 'Posted',
			TRX_TOTALENTERED: '3600.00',
			WHENMODIFIED: '09/14/2026 15:00:00',
		};
		const { mapped } = await runMapper('intacctToScoro', 'arPaymentToReceipt', [readBack], tables(), {}, true);
		expect(mapped).toHaveLength(1);
		expect(String(mapped[0]!.json.error)).toMatch(/DESCRIPTION.*written from Scoro receipt 1; Scoro already has it/);
		// A memo that merely mentions Scoro is not taken for one.
		only(
			await runMapper(
				'intacctToScoro',
				'arPaymentToReceipt',
				[{ ...arPayment, DESCRIPTION: 'Paid after a Scoro reminder' }],
				tables(),
			),
		);
	});

	it('fails what is not a plain posted payment of linked documents, naming the field', async () => {
		const cases: Array<[IDataObject, RegExp]> = [
			[{ ...arPayment, STATE: 'Reversed' }, /field STATE: the payment is Reversed; only posted payments/],
			[{ ...arPayment, STATE: 'Draft' }, /field STATE: the payment is Draft/],
			// 200.00 more than the invoices were paid: an overpayment (advance) is not a receipt.
			[{ ...arPayment, TRX_TOTALENTERED: '1900.50' }, /add up to 1700.50 but the source total is 1900.50/],
			[
				{
					...arPayment,
					ARPYMTDETAILS: { ARPYMTDETAIL: [{ RECORDKEY: '31', ADJUSTMENTKEY: '77', TRX_ADJUSTMENTAMOUNT: '120.00' }] },
				},
				/field ARPYMTDETAILS: the payment pays no invoice/,
			],
		];
		for (const [record, message] of cases) {
			const { mapped } = await runMapper('intacctToScoro', 'arPaymentToReceipt', [record], tables(), {}, true);
			expect(String(mapped[0]!.json.error)).toMatch(message);
		}
	});

	it('routes a paid document with no Scoro link, or an unknown bank account, to "Needs mapping" naming the detail', async () => {
		const t = tables();
		t.documentLinks = (t.documentLinks as IDataObject[]).filter((r) => r.source !== '37');
		const { needsMapping } = await runMapper('intacctToScoro', 'arPaymentToReceipt', [arPayment], t);
		expect(needsMapping[0]!.json).toMatchObject({
			table: 'documentLinks',
			field: 'ARPYMTDETAILS[3].RECORDKEY',
			value: '37',
			record: { system: 'intacct', type: 'ARPYMT', id: '9101' },
		});
		const bank = await runMapper(
			'intacctToScoro',
			'apPaymentToReceipt',
			[{ ...apPayment, FINANCIALENTITY: 'CHASE-USD' }],
			tables(),
		);
		expect(bank.needsMapping[0]!.json).toMatchObject({
			table: 'paymentMethods',
			field: 'FINANCIALENTITY',
			value: 'CHASE-USD',
		});
	});
});
