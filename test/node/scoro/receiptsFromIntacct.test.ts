import type { IDataObject } from 'n8n-workflow';
import { startSandbox, type Sandbox } from '../../../sandbox/server';
import { createScoroSystem } from '../../../sandbox/scoro';
import { only, runMapper } from '../../unit/mapper/harness';
import { runScoro, stored } from './scoroEngine';

jest.setTimeout(60_000);
let sandbox: Sandbox;
beforeAll(async () => {
	sandbox = await startSandbox({ port: 0, systems: [createScoroSystem] });
});
afterAll(async () => sandbox.close());
beforeEach(() => sandbox.reset());

const tables = {
	paymentMethods: [{ source: '1', paymentMethod: 'EFT', bankAccountId: 'BARC-GBP' }],
	documentLinks: [
		{ source: '31', target: '3', partyId: '1' },
		{ source: '37', target: '7', partyId: '1' },
		{ source: '52', target: '2', partyId: '4' },
	],
};

/**
 * The Accounting Mapper's Intacct payment → receipt output, fed as is into Scoro > Receipt > Create
 * (Whole Record) in n8n's engine: the Scoro sandbox accepts it, stores the receipts, and the paid
 * invoice or bill turns paid. Fails if the mapper's shape and what Scoro takes drift apart.
 */
describe('Intacct payment → Scoro receipt, written by the Scoro node (engine, sandbox)', () => {
	it('an AR payment of two invoices: one receipt group, invoice 7 paid in full, invoice 3 partly', async () => {
		const total7 =
			Number(stored(sandbox, 'invoices', 7)!.fields.sum) + Number(stored(sandbox, 'invoices', 7)!.fields.vat_sum);
		expect(stored(sandbox, 'invoices', 7)!.fields.status).toBe('unpaid');
		const payment = {
			RECORDNO: '9101',
			CUSTOMERID: 'C-0012',
			PAYMENTMETHOD: 'EFT',
			FINANCIALENTITY: 'BARC-GBP',
			RECEIPTDATE: '10/20/2026',
			CURRENCY: 'GBP',
			TRX_TOTALENTERED: (1000 + total7).toFixed(2),
			STATE: 'Posted',
			WHENMODIFIED: '10/20/2026 16:00:00',
			ARPYMTDETAILS: {
				ARPYMTDETAIL: [
					{ RECORDKEY: '31', TRX_PAYMENTAMOUNT: '1000.00' },
					{ RECORDKEY: '37', TRX_PAYMENTAMOUNT: total7.toFixed(2) },
				],
			},
		};
		const mapped = only(await runMapper('intacctToScoro', 'arPaymentToReceipt', [payment], tables));
		const { run, output } = await runScoro(
			sandbox,
			{ resource: 'receipt', operation: 'create', inputMode: 'record', record: '={{ $json.record }}' },
			{ items: [mapped as IDataObject] },
		);
		expect(run.status).toBe('success');
		const group = stored(sandbox, 'receipts', output()[0]!.id as number)!.fields;
		expect(group).toMatchObject({
			date: '2026-10-20',
			contact_id: 1,
			currency: 'GBP',
			sales_doc_type: 'invoices',
			receipt_account_id: 1,
			sum: 1000 + total7,
		});
		expect((group.receipts as IDataObject[]).map((r) => [r.invoice_id, r.sum, r.date])).toEqual([
			[3, 1000, '2026-10-20'],
			[7, total7, '2026-10-20'],
		]);
		expect(stored(sandbox, 'invoices', 7)!.fields).toMatchObject({
			status: 'paid',
			paid_sum: total7,
			receivable_sum: 0,
		});
		expect(stored(sandbox, 'invoices', 3)!.fields).toMatchObject({ status: 'unpaid', paid_sum: 1000 });
	});

	it('an AP payment: a receipt of bills on the Scoro bill, which turns paid', async () => {
		const bill = stored(sandbox, 'bills', 2)!.fields;
		const total = Number(bill.sum) + Number(bill.vat_sum);
		expect(bill.status).toBe('unpaid');
		const payment = {
			RECORDNO: '12',
			VENDORID: 'V-0002',
			PAYMENTMETHOD: 'EFT',
			FINANCIALENTITY: 'BARC-GBP',
			PAYMENTDATE: '10/21/2026',
			CURRENCY: 'GBP',
			TOTALENTERED: total.toFixed(2),
			STATE: 'Complete',
			WHENMODIFIED: '10/21/2026 09:30:00',
			APPYMTDETAILS: { APPYMTDETAIL: [{ RECORDKEY: '52', TRX_PAYMENTAMOUNT: total.toFixed(2) }] },
		};
		const mapped = only(await runMapper('intacctToScoro', 'apPaymentToReceipt', [payment], tables));
		const { run, output } = await runScoro(
			sandbox,
			{ resource: 'receipt', operation: 'create', inputMode: 'record', record: '={{ $json.record }}' },
			{ items: [mapped as IDataObject] },
		);
		expect(run.status).toBe('success');
		const group = stored(sandbox, 'receipts', output()[0]!.id as number)!.fields;
		expect(group).toMatchObject({
			sales_doc_type: 'bills',
			contact_id: 4,
			sum: total,
			receipts: [expect.objectContaining({ invoice_id: 2, sum: total, date: '2026-10-21' })],
		});
		expect(stored(sandbox, 'bills', 2)!.fields).toMatchObject({ status: 'paid', paid_sum: total });
	});
});
