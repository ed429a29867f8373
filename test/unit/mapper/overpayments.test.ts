import type { IDataObject } from 'n8n-workflow';
import { overpayment, tables } from './fixtures';
import { only, runMapper } from './harness';

const R = 'officeRndToIntacct';

describe('OfficeRnD → Intacct: overpayment allocations, by what the overpayment became in Intacct', () => {
	it("draws the allocation from the AR payment's overpayment when the overpayment was written as a payment overpayment", async () => {
		// The documentLinks row of the overpayment holds the RECORDNO of what it became: here payment 702.
		const out = only(
			await runMapper(R, 'overpaymentAllocationsToArPayment', [overpayment()], tables(), {
				overpaymentCredit: 'paymentOverpayment',
			}),
		);
		expect(out.record).toEqual({
			CUSTOMERID: 'ORND-c001',
			RECEIPTDATE: '03/21/2025',
			PAYMENTDATE: '03/21/2025',
			CURRENCY: 'GBP',
			ARPYMTDETAILS: {
				ARPYMTDETAIL: [{ RECORDKEY: '501', OVERPAYMENTKEY: '702', TRX_POSTEDOVERPAYMENTAMOUNT: '300.00' }],
			},
		});
		expect(out.allocation).toEqual({ id: 'op-alloc-1', invoice: '66a0c0ffee0000000000a001', amount: '300' });
	});

	it('gives the same allocation the same idempotency key whichever credit it is drawn from, and a different one per allocation', async () => {
		const op = overpayment();
		const second = {
			...op,
			allocations: [
				...(op.allocations as IDataObject[]),
				{
					_id: 'alloc-2',
					target: (op.allocations as IDataObject[])[0]!.target,
					amount: 100,
					date: '2025-03-22T00:00:00.000Z',
				},
			],
		};
		const a = await runMapper(R, 'overpaymentAllocationsToArPayment', [second], tables());
		const b = await runMapper(R, 'overpaymentAllocationsToArPayment', [second], tables(), {
			overpaymentCredit: 'paymentOverpayment',
		});
		expect(a.mapped.map((m) => m.json.idempotencyKey)).toEqual(b.mapped.map((m) => m.json.idempotencyKey));
		expect(new Set(a.mapped.map((m) => m.json.idempotencyKey)).size).toBe(2);
		expect(b.mapped.map((m) => (m.json.record as IDataObject).ARPYMTDETAILS)).toEqual([
			{ ARPYMTDETAIL: [expect.objectContaining({ OVERPAYMENTKEY: '702', TRX_POSTEDOVERPAYMENTAMOUNT: '300.00' })] },
			{ ARPYMTDETAIL: [expect.objectContaining({ OVERPAYMENTKEY: '702', TRX_POSTEDOVERPAYMENTAMOUNT: '100.00' })] },
		]);
	});
});
