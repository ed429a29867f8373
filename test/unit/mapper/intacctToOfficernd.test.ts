import type { IDataObject } from 'n8n-workflow';
import { COLLECTION_BY_NAME, accountingSchema, allocationSchema } from '../../../sandbox/officernd/collections';
import { SEED_IDS } from '../../../sandbox/officernd/seed';
import { arPayment, IDS } from './fixtures';
import { only, runMapper } from './harness';

const R = 'intacctToOfficeRnd';

/** Tables of the Intacct → OfficeRnD direction: Intacct RECORDNOs to OfficeRnD ids. */
function backTables(): IDataObject {
	return {
		paymentMethods: [
			{ source: 'Bank Transfer', paymentMethod: 'EFT', undepositedAccountNo: '1050' },
			{ source: 'Credit Card', paymentMethod: 'Credit Card', bankAccountId: 'BARCLAYS-GBP' },
		],
		documentLinks: [
			{ source: '501', target: IDS.invGbp },
			{ source: '502', target: '66a0c0ffee0000000000a006' },
			{ source: '8841/501', target: '66a0c0ffee00000000000h11' },
			{ source: '8841/502', target: '66a0c0ffee00000000000h12' },
			{ source: '611', target: IDS.creditNote },
		],
		settings: { externalOrgId: 'SANDBOX-CO', numberingOwner: 'target' },
	};
}

describe('Intacct → OfficeRnD: AR payment → charge changes', () => {
	// The charge is marked as synced with its Intacct payment (so OfficeRnD → Intacct never sends it back).
	const synced = {
		provider: 'sage-intacct',
		providerId: '8841',
		externalOrgId: 'SANDBOX-CO',
		lastSync: null,
		error: null,
	};
	it('turns a payment applied to two invoices into two charges on those invoices', async () => {
		const { mapped, needsMapping } = await runMapper(R, 'arPaymentToCharges', [arPayment()], backTables());
		expect(needsMapping).toEqual([]);
		expect(mapped.map((m) => [m.json.target, m.json.record])).toEqual([
			[
				'charge.create',
				{
					payment: IDS.invGbp,
					amount: 1384.72,
					currency: 'GBP',
					account: 'Bank Transfer',
					reference: 'BACS-5521',
					date: '2025-03-18T00:00:00.000Z',
					status: 'success',
					source: 'sage-intacct',
					providerChargeReference: 'ARPYMT:8841',
					accounting: synced,
				},
			],
			[
				'charge.create',
				{
					payment: '66a0c0ffee0000000000a006',
					amount: 115.28,
					currency: 'GBP',
					account: 'Bank Transfer',
					reference: 'BACS-5521',
					date: '2025-03-18T00:00:00.000Z',
					status: 'success',
					source: 'sage-intacct',
					providerChargeReference: 'ARPYMT:8841',
					accounting: synced,
				},
			],
		]);
		expect(mapped[0]!.json.idempotencyKey).toBe('intacct:ARPYMT.8841.created.501:03_18_2025_11:02:45');
		// The OfficeRnD sandbox's own write schema for charges accepts the bodies as they are.
		const create = COLLECTION_BY_NAME.get('charges')!.create!;
		for (const m of mapped) expect(create.safeParse(m.json.record).success).toBe(true);
		expect(mapped[0]!.json.idempotencyKey).not.toBe(mapped[1]!.json.idempotencyKey);
	});

	it('turns an update into charge updates addressed by the linked charge ids', async () => {
		const { mapped } = await runMapper(R, 'arPaymentToCharges', [arPayment()], backTables(), { change: 'updated' });
		expect(
			mapped.map((m) => [m.json.target, (m.json.record as IDataObject)._id, (m.json.record as IDataObject).amount]),
		).toEqual([
			['charge.update', '66a0c0ffee00000000000h11', 1384.72],
			['charge.update', '66a0c0ffee00000000000h12', 115.28],
		]);
		// An update never moves a charge to another invoice: no payment field, as OfficeRnD's update schema requires.
		const update = COLLECTION_BY_NAME.get('charges')!.update!;
		for (const m of mapped) {
			const { _id, ...body } = m.json.record as IDataObject;
			expect(body.payment).toBeUndefined();
			expect(update.safeParse(body).success).toBe(true);
		}
	});

	it('reads a reversed payment (STATE V) as charge deletions', async () => {
		const { mapped } = await runMapper(
			R,
			'arPaymentToCharges',
			[{ ...arPayment(), STATE: 'V', WHENMODIFIED: '03/25/2025 09:00:00' }],
			backTables(),
		);
		expect(mapped.map((m) => m.json.record)).toEqual([
			{ _id: '66a0c0ffee00000000000h11' },
			{ _id: '66a0c0ffee00000000000h12' },
		]);
		expect(mapped.every((m) => m.json.target === 'charge.delete')).toBe(true);
	});

	it('deletes every charge linked to a deleted payment even without its details', async () => {
		const { mapped } = await runMapper(
			R,
			'arPaymentToCharges',
			[{ RECORDNO: '8841', WHENMODIFIED: '03/26/2025 10:00:00' }],
			backTables(),
			{ change: 'deleted' },
		);
		expect(mapped.map((m) => [m.json.target, m.json.record])).toEqual([
			['charge.delete', { _id: '66a0c0ffee00000000000h11' }],
			['charge.delete', { _id: '66a0c0ffee00000000000h12' }],
		]);
	});

	it('refuses a draft payment and a payment with no details', async () => {
		const draft = { ...arPayment(), STATE: 'D' };
		const noDetails = { ...arPayment(), ARPYMTDETAILS: undefined };
		const { mapped } = await runMapper(R, 'arPaymentToCharges', [draft, noDetails], backTables(), {}, true);
		expect(mapped.map((m) => m.json.error)).toEqual([
			expect.stringMatching(/draft in Intacct/),
			expect.stringMatching(/has no details/),
		]);
	});

	it('writes no accounting block when no External Org ID is set (OfficeRnD requires one)', async () => {
		const t = backTables();
		t.settings = {};
		const { mapped } = await runMapper(R, 'arPaymentToCharges', [arPayment()], t);
		expect(mapped.map((m) => (m.json.record as IDataObject).accounting)).toEqual([undefined, undefined]);
	});

	it('an update that pays a further invoice creates its charge, and one that stops paying an invoice deletes its charge', async () => {
		// Before: 8841 paid 501 and 502 (charges h11, h12). Now: 501 (1000.00) and 611's invoice row 503 (500.00), not 502.
		const t = backTables();
		(t.documentLinks as IDataObject[]).push({ source: '503', target: '66a0c0ffee0000000000a007' });
		const changed = {
			...arPayment(),
			WHENMODIFIED: '03/19/2025 08:00:00',
			ARPYMTDETAILS: {
				ARPYMTDETAIL: [
					{ RECORDKEY: '501', TRX_PAYMENTAMOUNT: '1000.00' },
					{ RECORDKEY: '503', TRX_PAYMENTAMOUNT: '500.00' },
				],
			},
		};
		const { mapped, needsMapping } = await runMapper(R, 'arPaymentToCharges', [changed], t, { change: 'updated' });
		expect(needsMapping).toEqual([]);
		expect(
			mapped.map((m) => [
				m.json.target,
				(m.json.record as IDataObject)._id ?? (m.json.record as IDataObject).payment,
				(m.json.record as IDataObject).amount,
			]),
		).toEqual([
			['charge.update', '66a0c0ffee00000000000h11', 1000],
			['charge.create', '66a0c0ffee0000000000a007', 500],
			['charge.delete', '66a0c0ffee00000000000h12', undefined],
		]);
		expect(new Set(mapped.map((m) => m.json.idempotencyKey)).size).toBe(3);
	});

	it('a reversed payment read without its details still deletes every linked charge', async () => {
		const { mapped } = await runMapper(
			R,
			'arPaymentToCharges',
			[{ ...arPayment(), STATE: 'Reversed', ARPYMTDETAILS: undefined }],
			backTables(),
		);
		expect(mapped.map((m) => [m.json.target, m.json.record, m.json.change])).toEqual([
			['charge.delete', { _id: '66a0c0ffee00000000000h11' }, 'reversed'],
			['charge.delete', { _id: '66a0c0ffee00000000000h12' }, 'reversed'],
		]);
	});

	it('a reversal or deletion with no linked charge goes to "Needs mapping", naming the payment', async () => {
		const other = { ...arPayment(), RECORDNO: '9999', STATE: 'Reversed' };
		const reversed = await runMapper(R, 'arPaymentToCharges', [other], backTables());
		expect(reversed.mapped).toEqual([]);
		expect(reversed.needsMapping[0]!.json).toMatchObject({
			table: 'documentLinks',
			field: 'RECORDNO',
			value: '9999/*',
		});
		const deleted = await runMapper(R, 'arPaymentToCharges', [{ RECORDNO: '9999' }], backTables(), {
			change: 'deleted',
		});
		expect(deleted.needsMapping[0]!.json).toMatchObject({ table: 'documentLinks', value: '9999/*' });
	});

	it('skips details that only apply credit, and refuses a payment that only applies credit', async () => {
		const mixed = {
			...arPayment(),
			TRX_TOTALENTERED: '1384.72',
			ARPYMTDETAILS: {
				ARPYMTDETAIL: [
					{ RECORDKEY: '501', TRX_PAYMENTAMOUNT: '1384.72' },
					{ RECORDKEY: '502', ADVANCEKEY: '702', TRX_POSTEDADVANCEAMOUNT: '115.28' },
				],
			},
		};
		const out = only(await runMapper(R, 'arPaymentToCharges', [mixed], backTables()));
		expect([(out.record as IDataObject).payment, (out.record as IDataObject).amount]).toEqual([IDS.invGbp, 1384.72]);
		const creditOnly = {
			...arPayment(),
			TRX_TOTALENTERED: '0',
			ARPYMTDETAILS: { ARPYMTDETAIL: [{ RECORDKEY: '502', ADJUSTMENTKEY: '611', TRX_ADJUSTMENTAMOUNT: '115.28' }] },
		};
		const { mapped } = await runMapper(R, 'arPaymentToCharges', [creditOnly], backTables(), {}, true);
		expect(mapped[0]!.json.error).toMatch(/only applies credit/);
	});

	it('refuses a change that is not a payment change', async () => {
		const { mapped } = await runMapper(
			R,
			'arPaymentToCharges',
			[arPayment()],
			backTables(),
			{ change: 'voided' },
			true,
		);
		expect(mapped[0]!.json.error).toMatch(/"voided" is not a payment change/);
	});

	it('reads a single detail given as an object, not a list', async () => {
		const one = {
			...arPayment(),
			TRX_TOTALENTERED: '1384.72',
			ARPYMTDETAILS: { ARPYMTDETAIL: { RECORDKEY: '501', TRX_PAYMENTAMOUNT: '1384.72' } },
		};
		const out = only(await runMapper(R, 'arPaymentToCharges', [one], backTables()));
		expect((out.record as IDataObject).amount).toBe(1384.72);
	});
});

describe('Intacct → OfficeRnD: sync status', () => {
	it('writes the Intacct record number and number back as the accounting status', async () => {
		const written = { RECORDNO: '501', RECORDID: 'SI-000123', WHENMODIFIED: '03/01/2025 04:10:00' };
		const out = only(await runMapper(R, 'syncStatus', [written], backTables()));
		expect(out.target).toBe('payment.accounting');
		expect(out.record).toEqual({
			paymentId: IDS.invGbp,
			number: 'SI-000123',
			accounting: {
				provider: 'sage-intacct',
				providerId: '501',
				externalOrgId: 'SANDBOX-CO',
				lastSync: '2025-03-01T04:10:00',
				error: null,
			},
		});
		expect(accountingSchema.safeParse((out.record as IDataObject).accounting).success).toBe(true);
	});

	it('writes the Intacct error of a failed write as the sync error', async () => {
		const failed = {
			error: 'BL34000061 Another Invoice with the given value(s) INV-1042 already exists',
			errorCode: 'BL34000061',
		};
		const out = only(await runMapper(R, 'syncStatus', [failed], backTables(), { officeRndId: IDS.invGbp }));
		expect(out.record).toEqual({
			paymentId: IDS.invGbp,
			accounting: {
				provider: 'sage-intacct',
				providerId: null,
				externalOrgId: 'SANDBOX-CO',
				lastSync: null,
				error: failed.error,
			},
		});
		expect(accountingSchema.safeParse((out.record as IDataObject).accounting).success).toBe(true);
	});

	it('refuses to write a status without the Intacct company id OfficeRnD requires', async () => {
		const t = backTables();
		t.settings = { numberingOwner: 'target' };
		const { mapped } = await runMapper(R, 'syncStatus', [{ RECORDNO: '501' }], t, {}, true);
		expect(mapped[0]!.json.error).toMatch(/set "External Org ID"/);
	});

	it('addresses an allocation when an allocation id is given', async () => {
		const out = only(
			await runMapper(R, 'syncStatus', [{ RECORDNO: '9001', WHENMODIFIED: '03/12/2025 09:00:00' }], backTables(), {
				officeRndId: IDS.creditNote,
				allocationId: 'alloc-1',
			}),
		);
		expect(out.record).toMatchObject({ paymentId: IDS.creditNote, allocationId: 'alloc-1' });
		expect(out.idempotencyKey).toContain('allocation.alloc-1');
	});
});

describe('Intacct → OfficeRnD: overpayments recorded in Intacct', () => {
	const advance = {
		RECORDNO: '702',
		CUSTOMERID: 'ORND-c001',
		PAYMENTMETHOD: 'EFT',
		RECEIPTDATE: '03/20/2025',
		CURRENCY: 'GBP',
		TRX_TOTALENTERED: '500.00',
		DOCNUMBER: 'BACS-7702',
		STATE: 'Posted',
		WHENMODIFIED: '03/20/2025 12:00:00',
		ARADVANCEITEMS: { ARADVANCEITEM: [{ ACCOUNTNO: '2300', TRX_AMOUNT: '500.00', LOCATIONID: 'LON' }] },
	};
	// Real OfficeRnD ids (the sandbox seed's), since OfficeRnD checks they are ObjectIds.
	const t = (): IDataObject => ({
		customers: [{ source: 'ORND-c001', target: SEED_IDS.company.acme }],
		dimensions: [{ source: 'LON', target: SEED_IDS.location.london }],
		documentLinks: [
			{ source: '702', target: IDS.overpayment },
			{ source: '501', target: IDS.invGbp },
		],
		settings: { externalOrgId: 'SANDBOX-CO' },
	});

	it('writes an AR advance as an OfficeRnD overpayment the sandbox accepts', async () => {
		const out = only(await runMapper(R, 'arAdvanceToOverpayment', [advance], t()));
		expect(out.target).toBe('payment.create');
		expect(out.record).toEqual({
			documentType: 'overpayment',
			date: '2025-03-20T00:00:00.000Z',
			company: SEED_IDS.company.acme,
			location: SEED_IDS.location.london,
			reference: 'Overpayment BACS-7702',
			status: 'awaiting_payment',
			taxType: 'noTax',
			currency: 'GBP',
			lines: [{ description: 'Overpayment BACS-7702', quantity: 1, unitPrice: 500 }],
			accounting: {
				provider: 'sage-intacct',
				providerId: '702',
				externalOrgId: 'SANDBOX-CO',
				lastSync: null,
				error: null,
			},
		});
		const create = COLLECTION_BY_NAME.get('payments')!.create!;
		const { documentType: _type, ...fields } = out.record as IDataObject;
		expect(create.safeParse({ ...fields, documentType: 'overpayment' }).success).toBe(true);
	});

	it('writes an advance applied to an invoice as an allocation of the overpayment', async () => {
		const applied = {
			RECORDNO: '9100',
			CURRENCY: 'GBP',
			WHENMODIFIED: '03/21/2025 10:00:00',
			ARPYMTDETAILS: { ARPYMTDETAIL: [{ RECORDKEY: '501', ADVANCEKEY: '702', TRX_POSTEDADVANCEAMOUNT: '300.00' }] },
		};
		const out = only(await runMapper(R, 'advanceAppliedToAllocations', [applied], t()));
		expect(out).toMatchObject({
			target: 'allocation.create',
			paymentId: IDS.overpayment,
			record: { target: IDS.invGbp, amount: 300 },
		});
		expect(allocationSchema.safeParse(out.record).success).toBe(true);
	});

	it('tells an advance from an invoice with the same RECORDNO by the "ARADVANCE:" row (Intacct numbers each object on its own)', async () => {
		const applied = {
			RECORDNO: '9101',
			CURRENCY: 'GBP',
			WHENMODIFIED: '03/21/2025 10:00:00',
			ARPYMTDETAILS: [{ RECORDKEY: '1', ADVANCEKEY: '1', TRX_POSTEDADVANCEAMOUNT: '50.00' }],
		};
		const links = {
			documentLinks: [
				{ source: '1', target: IDS.invGbp },
				{ source: 'ARADVANCE:1', target: IDS.overpayment },
			],
		};
		const out = only(await runMapper(R, 'advanceAppliedToAllocations', [applied], links));
		expect(out).toMatchObject({ paymentId: IDS.overpayment, record: { target: IDS.invGbp, amount: 50 } });
	});

	it('routes an advance whose customer has no OfficeRnD company to "Needs mapping"', async () => {
		const { needsMapping } = await runMapper(R, 'arAdvanceToOverpayment', [advance], { ...t(), customers: [] });
		expect(needsMapping[0]!.json).toMatchObject({ table: 'customers', field: 'CUSTOMERID', value: 'ORND-c001' });
	});
});
