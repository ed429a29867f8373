import type { IDataObject } from 'n8n-workflow';
import { SandboxClock } from '../../../sandbox/core/clock';
import { RecordStore } from '../../../sandbox/core/store';
import { toApi } from '../../../sandbox/officernd';
import { SEED_IDS, seedOfficeRnd } from '../../../sandbox/officernd/seed';
import type { XmlNode } from '../../../nodes/SageIntacct/transport/xml';
import { validateIntacctRequest } from '../../helpers/xsd';
import { runMapper } from './harness';

/**
 * The mapper against the OfficeRnD sandbox's seeded records (sandbox/officernd/seed.ts), as the
 * OfficeRnD node reads them (toApi): every seeded document, charge, company and member converts,
 * or fails for the reason the seed put there on purpose (a voided invoice, failed, pending and
 * refunded charges).
 */
const store = new RecordStore('officernd', new SandboxClock());
seedOfficeRnd(store);
const records = (collection: string): IDataObject[] =>
	store.list(collection).map((r) => toApi(r) as unknown as IDataObject);

const payments = records('payments');
const A = SEED_IDS.account;
const T = SEED_IDS.taxRate;
const L = SEED_IDS.location;

const tables = {
	accounts: [
		{ source: A.membership, glAccount: '4000', itemId: 'MEMBERSHIP' },
		{ source: A.oneOff, glAccount: '4010', itemId: 'ONEOFF' },
		{ source: A.booking, glAccount: '4020', itemId: 'BOOKING' },
		{ source: A.deposits, glAccount: '2100', itemId: 'DEPOSIT' },
		{ source: A.meetingRooms, glAccount: '4030', itemId: 'MEETING' },
		{ source: 'discount', glAccount: '4900', itemId: 'DISCOUNT' },
		{ source: 'processingFee', glAccount: '4800', itemId: 'PROCFEE' },
		{ source: 'advance', glAccount: '2300' },
	],
	taxCodes: [
		{ source: T.ukVat20, taxDetailId: 'UK Sale Standard', taxGlAccount: '2200', taxItemId: 'VAT20' },
		{ source: T.zero, taxDetailId: 'UK Sale Zero', taxGlAccount: '2200', taxItemId: 'VAT0' },
		{ source: T.ieVat23, taxDetailId: 'IE Sale Standard', taxGlAccount: '2210', taxItemId: 'VAT23' },
	],
	dimensions: [
		{ source: L.london, entity: 'UK', locationId: 'LDN' },
		{ source: L.manchester, entity: 'UK', locationId: 'MAN' },
		{ source: L.dublin, entity: 'UK', locationId: 'DUB' },
	],
	paymentMethods: [
		{ source: 'Bank Transfer', paymentMethod: 'EFT', undepositedAccountNo: '1050' },
		{ source: 'Credit Card', paymentMethod: 'Credit Card', bankAccountId: 'BARCLAYS' },
	],
	customers: [...records('companies'), ...records('members')].map((p, i) => ({
		source: String(p._id),
		target: `ORND-${i + 1}`,
	})),
	documentLinks: payments.map((p, i) => ({ source: String(p._id), target: String(1000 + i), partyId: 'ORND-1' })),
	settings: { customerIdStrategy: 'table', baseCurrency: 'GBP' },
};

describe('the mapper reads the OfficeRnD sandbox seed', () => {
	it('has a seed with invoices, credit notes, an overpayment and charges to convert', () => {
		expect(payments.filter((p) => p.documentType === 'invoice').length).toBeGreaterThan(5);
		expect(payments.some((p) => p.documentType === 'creditNote')).toBe(true);
		expect(payments.some((p) => p.documentType === 'overpayment')).toBe(true);
		expect(records('charges').length).toBeGreaterThan(3);
	});

	it('converts every seeded invoice to an XSD-valid AR invoice and OE invoice of the same total, except the voided one', async () => {
		const invoices = payments.filter((p) => p.documentType === 'invoice');
		for (const operation of ['invoiceToArInvoice', 'invoiceToOeSalesInvoice']) {
			const { mapped, needsMapping } = await runMapper('officeRndToIntacct', operation, invoices, tables, {}, true);
			expect(needsMapping).toEqual([]);
			for (const [i, item] of mapped.entries()) {
				const source = invoices[i]!;
				if (source.status === 'voided') {
					expect(item.json.error).toMatch(/voided/);
					continue;
				}
				expect(item.json.error).toBeUndefined();
				expect(Number(item.json.total)).toBe(source.amount);
				const fn = item.json.target as string;
				const check = await validateIntacctRequest([
					{ controlId: 'seed', body: { [fn]: item.json.record } as unknown as XmlNode },
				]);
				expect(check.errors).toEqual([]);
			}
		}
	}, 120_000);

	it('converts the seeded credit notes and their allocations', async () => {
		const notes = payments.filter((p) => p.documentType === 'creditNote');
		const adjustments = await runMapper('officeRndToIntacct', 'creditNoteToArAdjustment', notes, tables);
		expect(adjustments.mapped.map((m) => Number(m.json.total))).toEqual(notes.map((n) => -(n.amount as number)));
		const allocations = await runMapper('officeRndToIntacct', 'creditNoteAllocationsToArPayment', notes, tables);
		const expected = notes.flatMap((n) => (n.allocations as IDataObject[]).map((a) => a.amount));
		expect(allocations.mapped.map((m) => Number(m.json.total))).toEqual(expected);
		expect(expected.length).toBeGreaterThan(0);
	});

	it('converts the seeded overpayment to an advance and its partial allocation', async () => {
		const ops = payments.filter((p) => p.documentType === 'overpayment');
		const advance = await runMapper('officeRndToIntacct', 'overpaymentToArAdvance', ops, tables);
		expect(advance.mapped.map((m) => Number(m.json.total))).toEqual(ops.map((o) => o.amount));
		const applied = await runMapper('officeRndToIntacct', 'overpaymentAllocationsToArPayment', ops, tables);
		expect(applied.mapped.map((m) => Number(m.json.total))).toEqual([40]);
	});

	it('converts successful charges and refuses failed, pending and refunded ones', async () => {
		const charges = records('charges');
		const { mapped, needsMapping } = await runMapper(
			'officeRndToIntacct',
			'chargeToArPayment',
			charges,
			tables,
			{},
			true,
		);
		expect(needsMapping).toEqual([]);
		const outcome = mapped.map((m, i) => [charges[i]!.status, m.json.error ? 'error' : 'ARPYMT']);
		expect(outcome).toEqual(charges.map((c) => [c.status, c.status === 'success' ? 'ARPYMT' : 'error']));
		// The EUR charge (Dublin) has no rate of its own: Intacct's rate type on the payment date.
		const eur = mapped.find((m) => (m.json.record as IDataObject | undefined)?.CURRENCY === 'EUR')!.json
			.record as IDataObject;
		expect(eur).toMatchObject({ BASECURR: 'GBP', EXCH_RATE_TYPE_ID: 'Intacct Daily Rate' });
	});

	it('converts every seeded company and member to a customer', async () => {
		const companies = await runMapper('officeRndToIntacct', 'companyToCustomer', records('companies'), tables);
		const members = await runMapper('officeRndToIntacct', 'memberToCustomer', records('members'), tables);
		expect(companies.mapped.map((m) => (m.json.record as IDataObject).NAME)).toEqual(
			records('companies').map((c) => c.name),
		);
		expect(members.mapped).toHaveLength(records('members').length);
		expect(members.mapped.every((m) => m.json.target === 'CUSTOMER')).toBe(true);
	});
});
