import type { Fields, FieldValue, RecordStore } from '../core/store';
import { BASE_CURRENCY } from './assumptions';
import { priceLines, settlementPatch } from './billing';
import { COLLECTION_BY_NAME, COLLECTIONS, ID_PAD, idPrefix, objectId } from './collections';

/** Seeded operator: 3 locations in two currencies (GBP and EUR). Deterministic ids and dates. */
export const oid = (collection: string, n: number): string => objectId(COLLECTION_BY_NAME.get(collection)!, n);

export const SEED_IDS = {
	location: { london: oid('locations', 1), manchester: oid('locations', 2), dublin: oid('locations', 3) },
	taxRate: { ukVat20: oid('tax-rates', 1), zero: oid('tax-rates', 2), ieVat23: oid('tax-rates', 3) },
	company: {
		acme: oid('companies', 1),
		brightside: oid('companies', 2),
		celtic: oid('companies', 3),
		dormant: oid('companies', 4),
	},
	member: {
		alice: oid('members', 1),
		ben: oid('members', 2),
		ciara: oid('members', 3),
		dan: oid('members', 4),
		erin: oid('members', 5),
	},
	plan: {
		privateOffice: oid('plans', 1),
		hotDesk: oid('plans', 2),
		meetingRoom: oid('plans', 3),
		lateFee: oid('plans', 4),
		processingFee: oid('plans', 5),
	},
	account: {
		membership: oid('revenue-accounts', 1),
		oneOff: oid('revenue-accounts', 2),
		booking: oid('revenue-accounts', 3),
		deposits: oid('revenue-accounts', 4),
		meetingRooms: oid('revenue-accounts', 5),
	},
	invoice: (n: number): string => oid('payments', n),
} as const;

const ADMIN_USER = '66a0c0ffee9900000000000a';
const EUR_TO_GBP = 0.8547;

const ts = (day: number, hour = 9): string =>
	`2025-03-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00.000Z`;

function insert(
	store: RecordStore,
	collection: string,
	n: number,
	fields: Fields,
	createdAt: string,
	modifiedAt = createdAt,
): void {
	store.insert(
		collection,
		{ ...fields, createdBy: ADMIN_USER, modifiedBy: ADMIN_USER },
		{ id: oid(collection, n), createdAt, modifiedAt },
	);
}

const TAX_PERCENT: Record<string, number> = {};

export function seedOfficeRnd(store: RecordStore): void {
	for (const spec of COLLECTIONS) {
		store.defineCollection(spec.name, {
			idPrefix: idPrefix(spec),
			idPad: ID_PAD,
			idStart: 1,
			displayFields: spec.displayFields,
		});
	}
	const L = SEED_IDS.location;
	const T = SEED_IDS.taxRate;
	const C = SEED_IDS.company;
	const M = SEED_IDS.member;
	const P = SEED_IDS.plan;
	const A = SEED_IDS.account;

	// ASSUMED location fields beyond _id/name/code (reference Gap 6): currency, timezone, address.
	insert(
		store,
		'locations',
		1,
		{
			name: 'London Shoreditch',
			code: 'LDN',
			currency: 'GBP',
			timezone: 'Europe/London',
			isOpen: true,
			address: { country: 'GB', city: 'London', street: '1 Rivington St', zip: 'EC2A 3DT' },
		},
		ts(1, 8),
	);
	insert(
		store,
		'locations',
		2,
		{
			name: 'Manchester Ancoats',
			code: 'MAN',
			currency: 'GBP',
			timezone: 'Europe/London',
			isOpen: true,
			address: { country: 'GB', city: 'Manchester', street: '5 Jersey St', zip: 'M4 6JB' },
		},
		ts(1, 8),
	);
	insert(
		store,
		'locations',
		3,
		{
			name: 'Dublin Docklands',
			code: 'DUB',
			currency: 'EUR',
			timezone: 'Europe/Dublin',
			isOpen: true,
			address: { country: 'IE', city: 'Dublin', street: '9 Hanover Quay', zip: 'D02 K580' },
		},
		ts(1, 8),
	);

	const taxRates: Array<[string, string, number, string]> = [
		['UK VAT 20%', 'GB-VAT20', 20, 'OUTPUT2'],
		['Zero Rated', 'ZERO', 0, 'ZERORATEDOUTPUT'],
		['IE VAT 23%', 'IE-VAT23', 23, 'OUTPUT'],
	];
	taxRates.forEach(([name, code, rate, type], i) => {
		TAX_PERCENT[oid('tax-rates', i + 1)] = rate;
		insert(
			store,
			'tax-rates',
			i + 1,
			{ name, code, type, rate, components: [{ _id: oid('tax-rates', 90 + i), name, rate }] },
			ts(1, 8),
		);
	});

	const accounts: Array<[string, string, FieldValue, string]> = [
		['Membership fees', '4000', 'membershipFees', T.ukVat20],
		['One-off Fees', '4010', 'oneOffFees', T.ukVat20],
		['Booking fees', '4020', 'bookingFees', T.ukVat20],
		['Deposits', '2100', 'deposits', T.zero],
		['Meeting rooms', '4030', null, T.ukVat20],
	];
	accounts.forEach(([name, code, defaultFor, taxRate], i) => {
		insert(
			store,
			'revenue-accounts',
			i + 1,
			{ name, description: `${name} (${code})`, code, ...(defaultFor ? { defaultFor } : {}), taxRate },
			ts(1, 8),
		);
	});

	const plans: Array<[string, string, number, string, string]> = [
		['Private Office', 'PO', 1000, A.membership, 'Plan'],
		['Hot Desk', 'HD', 250, A.membership, 'Plan'],
		['Meeting Room Hour', 'MRH', 40, A.meetingRooms, 'ResourceRate'],
		['Late Payment Fee', 'LATE', 25, A.oneOff, 'Plan'],
		['Card Processing Fee', 'PROC', 0, A.oneOff, 'Plan'],
	];
	plans.forEach(([name, code, price, revenueAccount, type], i) => {
		// ASSUMED plan fields (reference Gap 6: schema not fetched).
		insert(store, 'plans', i + 1, { name, code, price, revenueAccount, type, isActive: true }, ts(1, 8));
	});

	insert(store, 'secondary-currencies', 1, { code: 'EUR', exchangeRate: 1.17 }, ts(1, 8));
	insert(store, 'secondary-currencies', 2, { code: 'USD', exchangeRate: 1.27 }, ts(1, 8));

	const companies: Array<[string, string, string, string, string]> = [
		['Acme Analytics Ltd', 'accounts@acme-analytics.example', L.london, 'active', 'GB123456789'],
		['Brightside Studio', 'finance@brightside.example', L.manchester, 'active', 'GB987654321'],
		['Celtic Ventures Teoranta', 'billing@celtic-ventures.example', L.dublin, 'active', 'IE6388047V'],
		['Dormant Holdings', 'ap@dormant.example', L.london, 'former', ''],
	];
	companies.forEach(([name, email, location, status, vatNumber], i) => {
		insert(
			store,
			'companies',
			i + 1,
			{
				name,
				email,
				description: '',
				url: '',
				image: null,
				startDate: ts(1, 0),
				location,
				status,
				address: {
					country: location === L.dublin ? 'IE' : 'GB',
					city: location === L.dublin ? 'Dublin' : location === L.manchester ? 'Manchester' : 'London',
				},
				billingDetails: { billingName: name, vatNumber, registrationNumber: '', paymentMethod: 'Bank Transfer' },
				tags: [],
				properties: { intacctCustomerId: '' },
			},
			ts(2, 9 + i),
			ts(10, 9 + i),
		);
	});

	// ASSUMED member fields (reference §2.6: member schema not fetched).
	const members: Array<[string, string, string | null, string, string]> = [
		['Alice Archer', 'alice@acme-analytics.example', C.acme, L.london, 'active'],
		['Ben Brown', 'ben@brightside.example', C.brightside, L.manchester, 'active'],
		['Ciara Walsh', 'ciara@celtic-ventures.example', C.celtic, L.dublin, 'active'],
		['Dan Doyle', 'dan.doyle@example.net', null, L.london, 'active'],
		['Erin Evans', 'erin@acme-analytics.example', C.acme, L.london, 'former'],
	];
	members.forEach(([name, email, company, location, status], i) => {
		insert(
			store,
			'members',
			i + 1,
			{
				name,
				email,
				phone: `+44 20 7946 0${String(100 + i)}`,
				company,
				location,
				status,
				startDate: ts(1, 0),
				tags: [],
				properties: {},
			},
			ts(2, 10 + i),
			ts(11, 10 + i),
		);
	});

	const memberships: Array<[string, string | null, string, string, string, number, boolean]> = [
		['Private Office 12', C.acme, M.alice, L.london, P.privateOffice, 1000, false],
		['Hot Desk x2', C.brightside, M.ben, L.manchester, P.hotDesk, 500, false],
		['Private Office D3', C.celtic, M.ciara, L.dublin, P.privateOffice, 900, false],
		['Hot Desk', null, M.dan, L.london, P.hotDesk, 250, true],
	];
	memberships.forEach(([name, company, member, location, plan, price, isPersonal], i) => {
		insert(
			store,
			'memberships',
			i + 1,
			{
				name,
				company,
				member,
				location,
				plan,
				price,
				isPersonal,
				status: 'approved',
				calculatedStatus: 'active',
				type: 'month_to_month',
				startDate: '2025-01-01T00:00:00.000Z',
				endDate: null,
				intervalLength: 'month',
				intervalCount: 1,
				isLocked: false,
				deposit: 0,
				discount: null,
				discountAmount: 0,
				calculatedDiscountAmount: 0,
				discountedPrice: price,
				contract: null,
				source: 'admin',
				properties: {},
			},
			ts(2, 12),
		);
	});

	const fees: Array<[string, string | null, string | null, string, string, number, number, boolean]> = [
		['Meeting room - 4 hours', C.acme, M.alice, L.london, P.meetingRoom, 40, 4, false],
		['Late payment fee INV-0003', C.brightside, M.ben, L.manchester, P.lateFee, 25, 1, false],
		['Card processing fee', C.celtic, M.ciara, L.dublin, P.processingFee, 2.5, 1, false],
	];
	fees.forEach(([name, company, member, location, plan, price, quantity, isPersonal], i) => {
		insert(
			store,
			'fees',
			i + 1,
			{
				name,
				company,
				member,
				location,
				plan,
				planType: 'Plan',
				price,
				quantity,
				issueDate: ts(5 + i, 0),
				status: 'approved',
				discount: null,
				discountAmount: 0,
				calculatedDiscountAmount: 0,
				discountedPrice: price,
				isRefundable: false,
				isPersonal,
				shouldBillInAdvance: false,
				shouldUseCoins: false,
				payment: null,
				source: 'admin',
				properties: {},
			},
			ts(5 + i, 11),
		);
	});

	// Billing documents: invoices in every status, two credit notes, one overpayment.
	interface DocSpec {
		n: number;
		number: string;
		documentType: 'invoice' | 'creditNote' | 'overpayment';
		status: string;
		company: string | null;
		member: string | null;
		location: string;
		lines: Array<{
			description: string;
			unitPrice: number;
			quantity?: number;
			plan?: string;
			account?: string;
			taxRate?: string;
		}>;
		day: number;
	}
	const gb = (
		description: string,
		unitPrice: number,
		plan: string = P.privateOffice,
		account: string = A.membership,
	) => ({ description, unitPrice, plan, account, taxRate: T.ukVat20 });
	const ie = (description: string, unitPrice: number) => ({
		description,
		unitPrice,
		plan: P.privateOffice,
		account: A.membership,
		taxRate: T.ieVat23,
	});
	const docs: DocSpec[] = [
		{
			n: 1,
			number: 'INV-0001',
			documentType: 'invoice',
			status: 'draft',
			company: C.acme,
			member: M.alice,
			location: L.london,
			lines: [gb('Private Office 12 - April', 1000)],
			day: 20,
		},
		{
			n: 2,
			number: 'INV-0002',
			documentType: 'invoice',
			status: 'pending',
			company: C.acme,
			member: M.alice,
			location: L.london,
			lines: [gb('Meeting room - 4 hours', 40, P.meetingRoom, A.meetingRooms)],
			day: 2,
		},
		{
			n: 3,
			number: 'INV-0003',
			documentType: 'invoice',
			status: 'awaiting_payment',
			company: C.brightside,
			member: M.ben,
			location: L.manchester,
			lines: [gb('Hot Desk x2 - March', 250, P.hotDesk)],
			day: 1,
		},
		{
			n: 4,
			number: 'INV-0004',
			documentType: 'invoice',
			status: 'awaiting_payment',
			company: C.celtic,
			member: M.ciara,
			location: L.dublin,
			lines: [ie('Private Office D3 - March', 900)],
			day: 1,
		},
		{
			n: 5,
			number: 'INV-0005',
			documentType: 'invoice',
			status: 'awaiting_payment',
			company: C.acme,
			member: M.alice,
			location: L.london,
			lines: [gb('Private Office 12 - March', 1000)],
			day: 1,
		},
		{
			n: 6,
			number: 'INV-0006',
			documentType: 'invoice',
			status: 'awaiting_payment',
			company: null,
			member: M.dan,
			location: L.london,
			lines: [gb('Hot Desk - March', 250, P.hotDesk)],
			day: 1,
		},
		{
			n: 7,
			number: 'INV-0007',
			documentType: 'invoice',
			status: 'awaiting_payment',
			company: C.brightside,
			member: M.ben,
			location: L.manchester,
			lines: [gb('Late payment fee', 25, P.lateFee, A.oneOff)],
			day: 3,
		},
		{
			n: 8,
			number: 'INV-0008',
			documentType: 'invoice',
			status: 'voided',
			company: C.dormant,
			member: null,
			location: L.london,
			lines: [gb('Private Office - March', 800)],
			day: 1,
		},
		{
			n: 9,
			number: 'INV-0009',
			documentType: 'invoice',
			status: 'awaiting_payment',
			company: C.celtic,
			member: M.ciara,
			location: L.dublin,
			lines: [ie('Meeting room - 3 hours', 100)],
			day: 4,
		},
		{
			n: 10,
			number: 'CN-0001',
			documentType: 'creditNote',
			status: 'awaiting_payment',
			company: C.celtic,
			member: M.ciara,
			location: L.dublin,
			lines: [ie('Credit: meeting room outage', 100)],
			day: 6,
		},
		{
			n: 11,
			number: 'CN-0002',
			documentType: 'creditNote',
			status: 'awaiting_payment',
			company: C.acme,
			member: M.alice,
			location: L.london,
			lines: [gb('Credit: goodwill', 50, P.privateOffice, A.membership)],
			day: 7,
		},
		{
			n: 13,
			number: 'INV-0010',
			documentType: 'invoice',
			status: 'awaiting_payment',
			company: C.brightside,
			member: M.ben,
			location: L.manchester,
			lines: [gb('Meeting room - 2 hours', 40, P.meetingRoom, A.meetingRooms)],
			day: 9,
		},
		{
			n: 12,
			number: 'OP-0001',
			documentType: 'overpayment',
			status: 'awaiting_payment',
			company: C.brightside,
			member: M.ben,
			location: L.manchester,
			lines: [{ description: 'Overpayment', unitPrice: 100, taxRate: T.zero }],
			day: 8,
		},
	];
	for (const d of docs) {
		const currency = d.location === L.dublin ? 'EUR' : BASE_CURRENCY;
		const rate = currency === 'EUR' ? EUR_TO_GBP : 1;
		const priced = priceLines(
			d.lines.map((l) => ({
				...l,
				quantity: l.quantity ?? 1,
				location: d.location,
				startDate: ts(1, 0),
				endDate: '2025-03-31T00:00:00.000Z',
			})),
			'excluded',
			(id) => TAX_PERCENT[id],
			rate,
		);
		insert(
			store,
			'payments',
			d.n,
			{
				number: d.number,
				documentType: d.documentType,
				date: ts(d.day, 0),
				dueDate: `2025-03-${String(Math.min(28, d.day + 14)).padStart(2, '0')}T00:00:00.000Z`,
				company: d.company,
				member: d.member,
				location: d.location,
				reference: d.lines[0].description,
				taxType: 'excluded',
				lines: priced.lines,
				processingFeeLine: null,
				taxAmounts: priced.taxAmounts,
				subTotal: priced.subTotal,
				amount: priced.total,
				total: priced.total,
				baseTotal: Math.round(priced.total * rate * 100) / 100,
				payableAmount: d.status === 'voided' ? 0 : priced.total,
				paidAmount: 0,
				pendingAmount: 0,
				allocatedAmount: 0,
				currency,
				currencyConversionRate: rate,
				isFailed: false,
				isPaid: false,
				isSent: d.status !== 'draft',
				status: d.status,
				chargeMethod: 'Bank Transfer',
				allocations: [],
				accounting: null,
				properties: {},
			},
			ts(d.day, 2),
		);
	}

	const charges: Array<[number, number, string, string, number]> = [
		// [n, invoice n, status, reference, amount]; amounts in the invoice's currency.
		[1, 4, 'success', 'Bank transfer 1/2', 500],
		[2, 5, 'success', 'Card ch_sbx_0005', 1200],
		[3, 6, 'fail', 'Card declined', 300],
		[4, 7, 'success', 'Card ch_sbx_0007', 30],
		[5, 7, 'refund', 'Refund ch_sbx_0007', -30],
		[6, 2, 'pending', 'Direct debit pending', 48],
	];
	for (const [n, inv, status, reference, amount] of charges) {
		const doc = store.get('payments', oid('payments', inv))!;
		insert(
			store,
			'charges',
			n,
			{
				payment: doc.id,
				amount,
				currency: doc.fields.currency,
				account: reference.startsWith('Bank') ? 'Bank Transfer' : 'Credit Card',
				reference,
				date: ts(10 + n, 0),
				status,
				source: 'admin',
				providerChargeReference: reference.includes('ch_') ? reference.split(' ').pop()! : '',
				accounting: null,
			},
			ts(10 + n, 12),
		);
	}

	// Allocations: CN-0001 fully to INV-0009; OP-0001 partly (40) to INV-0003. Mirrored on both sides.
	const allocate = (n: number, sourceN: number, targetN: number, amount: number): void => {
		const allocationId = oid('payments', 700 + n);
		const source = store.get('payments', oid('payments', sourceN))!;
		const target = store.get('payments', oid('payments', targetN))!;
		store.update(
			'payments',
			source.id,
			{ allocations: [{ _id: allocationId, target: target.id, amount, documentType: 'invoice', accounting: null }] },
			{ modifiedAt: ts(12, 9) },
		);
		store.update(
			'payments',
			target.id,
			{
				allocations: [
					{
						_id: allocationId,
						target: source.id,
						amount,
						documentType: String(source.fields.documentType),
						accounting: null,
					},
				],
			},
			{ modifiedAt: ts(12, 9) },
		);
	};
	allocate(1, 10, 9, store.get('payments', oid('payments', 9))!.fields.total as number);
	allocate(2, 12, 3, 40);

	for (const doc of store.list('payments')) {
		const patch = settlementPatch(store, doc.id);
		if (patch) store.update('payments', doc.id, patch, { modifiedAt: doc.modifiedAt });
	}
}

export function taxPercent(store: RecordStore, taxRateId: string): number | undefined {
	const t = store.get('tax-rates', taxRateId);
	return t ? Number(t.fields.rate ?? 0) : undefined;
}

/* ------------------------------------------------------------------ bulk seed (fault suite) */

export interface BulkSeedOptions {
	/** How many source records of each kind (default 100, at most 5 000). */
	count: number;
	/** Varies amounts and locations deterministically (default 1). */
	seed?: number;
	/** First running number (default: after the records a previous bulk seed made). */
	start?: number;
}

/**
 * Bulk source data for load and fault tests (the fault suite, test/faults): `count` companies
 * (`Bulk Company NNNNN Ltd`), one issued invoice each (`INV-BNNNNN`, GBP, London or Manchester,
 * one membership line with UK VAT 20%) and one successful charge on each invoice (part of its
 * total, `Bank Transfer` or `Credit Card`, reference `BULK-CHG-NNNNN`). Everything maps with the
 * templates' seeded mapping rows. Deterministic for a given (count, seed, start); appends to the
 * standard seed. Returns the ids made.
 */
export function bulkSeedOfficeRnd(
	store: RecordStore,
	opts: BulkSeedOptions,
): { companies: string[]; invoices: string[]; charges: string[] } {
	const count = Math.max(0, Math.min(5000, Math.floor(opts.count)));
	const seed = opts.seed ?? 1;
	const start =
		opts.start ?? store.list('companies').filter((c) => String(c.fields.name).startsWith('Bulk Company ')).length + 1;
	const L = SEED_IDS.location;
	const out = { companies: [] as string[], invoices: [] as string[], charges: [] as string[] };
	for (let k = 0; k < count; k++) {
		const i = start + k;
		const n = String(i).padStart(5, '0');
		const location = (i + seed) % 2 === 0 ? L.london : L.manchester;
		const createdAt = `2025-03-${String(1 + (i % 20)).padStart(2, '0')}T08:00:00.000Z`;
		const company = store.insert(
			'companies',
			{
				name: `Bulk Company ${n} Ltd`,
				email: `ap+${n}@bulk.example`,
				description: '',
				url: '',
				image: null,
				startDate: ts(1, 0),
				location,
				status: 'active',
				address: { country: 'GB', city: location === L.london ? 'London' : 'Manchester' },
				billingDetails: {
					billingName: `Bulk Company ${n} Ltd`,
					vatNumber: '',
					registrationNumber: '',
					paymentMethod: 'Bank Transfer',
				},
				tags: [],
				properties: { intacctCustomerId: '' },
				createdBy: ADMIN_USER,
				modifiedBy: ADMIN_USER,
			},
			{ createdAt, modifiedAt: createdAt },
		);
		out.companies.push(company.id);

		// 100.00 .. 999.00 net, varied by index and seed.
		const unitPrice = 100 + ((i * 37 + seed * 11) % 900);
		const priced = priceLines(
			[
				{
					description: `Private Office B${n} - March`,
					unitPrice,
					quantity: 1,
					plan: SEED_IDS.plan.privateOffice,
					account: SEED_IDS.account.membership,
					taxRate: SEED_IDS.taxRate.ukVat20,
					location,
					startDate: ts(1, 0),
					endDate: '2025-03-31T00:00:00.000Z',
				},
			],
			'excluded',
			(id) => taxPercent(store, id),
			1,
		);
		const invoice = store.insert(
			'payments',
			{
				number: `INV-B${n}`,
				documentType: 'invoice',
				date: ts(1 + (i % 20), 0),
				dueDate: '2025-03-31T00:00:00.000Z',
				company: company.id,
				member: null,
				location,
				reference: `Private Office B${n} - March`,
				taxType: 'excluded',
				lines: priced.lines,
				processingFeeLine: null,
				taxAmounts: priced.taxAmounts,
				subTotal: priced.subTotal,
				amount: priced.total,
				total: priced.total,
				baseTotal: priced.total,
				payableAmount: priced.total,
				paidAmount: 0,
				pendingAmount: 0,
				allocatedAmount: 0,
				currency: BASE_CURRENCY,
				currencyConversionRate: 1,
				isFailed: false,
				isPaid: false,
				isSent: true,
				status: 'awaiting_payment',
				chargeMethod: 'Bank Transfer',
				allocations: [],
				accounting: null,
				properties: {},
				createdBy: ADMIN_USER,
				modifiedBy: ADMIN_USER,
			},
			{ createdAt, modifiedAt: createdAt },
		);
		out.invoices.push(invoice.id);

		const amount = Math.round(priced.total * 50) / 100; // half of the total, to the cent
		const card = (i + seed) % 3 === 0;
		const charge = store.insert(
			'charges',
			{
				payment: invoice.id,
				amount,
				currency: BASE_CURRENCY,
				account: card ? 'Credit Card' : 'Bank Transfer',
				reference: `BULK-CHG-${n}`,
				date: ts(21 + (i % 7), 0),
				status: 'success',
				source: 'admin',
				providerChargeReference: card ? `ch_bulk_${n}` : '',
				accounting: null,
			},
			{ createdAt, modifiedAt: createdAt },
		);
		out.charges.push(charge.id);
		// What settlementPatch() gives for one successful charge of half the total (computed here:
		// settlementPatch scans every charge, quadratic over thousands of bulk records).
		const payable = Math.round((priced.total - amount) * 100) / 100;
		store.update(
			'payments',
			invoice.id,
			{
				paidAmount: amount,
				pendingAmount: 0,
				allocatedAmount: 0,
				payableAmount: payable,
				status: 'partially_paid',
				isPaid: false,
				isFailed: false,
			},
			{ modifiedAt: createdAt },
		);
	}
	return out;
}
