import type { Fields, RecordStore } from '../core/store';
import {
	PROPERTY_TRACKING_CATEGORY,
	RECORD_STATUS,
	RESOURCES,
	type ResourceKey,
} from '../../nodes/ReLeased/transport/contract';
import { buildAdjustment, buildCreditNote, buildInvoice, round2 } from './model';

/** Id prefixes of the sandbox (ASSUMED: real ids are opaque strings). */
export const ID_PREFIX: Record<ResourceKey, string> = {
	contact: 'con_',
	property: 'prop_',
	tenancy: 'ten_',
	invoice: 'inv_',
	creditNote: 'cn_',
	adjustment: 'adj_',
	payment: 'pay_',
	account: 'acc_',
	taxType: 'tax_',
	trackingOption: 'trk_',
};

const DISPLAY: Partial<Record<ResourceKey, string[]>> = {
	invoice: ['invoiceNumber', 'type', 'status', 'contactId', 'total', 'amountDue'],
	contact: ['name', 'email', 'status'],
	account: ['code', 'name', 'type', 'status'],
	payment: ['invoiceId', 'date', 'amount'],
};

/** Seed instants: fixed, so every run of the sandbox starts from the same state. */
const at = (day: number, hour = 9) =>
	`2024-05-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00.000Z`;

const address = (street: string, suburb: string, city: string, postcode: string) => ({
	address: street,
	suburb,
	city,
	region: city,
	postcode,
	country: 'New Zealand',
});

/**
 * A small New Zealand commercial landlord: three properties tracked as "Property" options,
 * tenants and suppliers, tenancies in each verified status, invoices in every verified status
 * (income and expense), a credit note, an adjustment and payments.
 */
export function seedReLeased(store: RecordStore): void {
	for (const key of Object.keys(RESOURCES) as ResourceKey[]) {
		store.defineCollection(key, { idPrefix: ID_PREFIX[key], idStart: 1, displayFields: DISPLAY[key] });
	}
	const put = (c: ResourceKey, id: string, fields: Fields, day: number) =>
		store.insert(c, fields, { id, createdAt: at(day), modifiedAt: at(day) });

	put('taxType', 'tax_1', { name: 'GST on Income', code: 'G1', rate: 15, status: RECORD_STATUS.active }, 1);
	put('taxType', 'tax_2', { name: 'GST on Expenses', code: 'G2', rate: 15, status: RECORD_STATUS.active }, 1);
	put('taxType', 'tax_3', { name: 'No GST', code: 'E', rate: 0, status: RECORD_STATUS.active }, 1);
	put('taxType', 'tax_4', { name: 'GST 12.5% (old)', code: 'G0', rate: 12.5, status: RECORD_STATUS.archived }, 1);

	const acc = (
		id: string,
		code: string,
		name: string,
		type: string,
		taxType?: string,
		status: string = RECORD_STATUS.active,
	) => put('account', id, { code, name, type, ...(taxType ? { taxType } : {}), status }, 1);
	acc('acc_1', '200', 'Rent Income', 'Revenue', 'GST on Income');
	acc('acc_2', '210', 'Outgoings Recovered', 'Revenue', 'GST on Income');
	acc('acc_3', '400', 'Repairs and Maintenance', 'Expense', 'GST on Expenses');
	acc('acc_4', '420', 'Cleaning', 'Expense', 'GST on Expenses');
	acc('acc_5', '610', 'Accounts Receivable', 'Asset');
	acc('acc_6', '800', 'Accounts Payable', 'Liability');
	acc('acc_7', '299', 'Old Sundry Income', 'Revenue', undefined, RECORD_STATUS.archived);

	put(
		'property',
		'prop_1',
		{
			name: '12 Queen St',
			reference: 'QUEEN12',
			address: address('12 Queen Street', 'CBD', 'Auckland', '1010'),
			trackingOption: '12 Queen St',
		},
		2,
	);
	put(
		'property',
		'prop_2',
		{
			name: '88 Harbour Rd',
			reference: 'HARB88',
			address: address('88 Harbour Road', 'Te Aro', 'Wellington', '6011'),
			trackingOption: '88 Harbour Rd',
		},
		2,
	);
	put(
		'property',
		'prop_3',
		{
			name: '5 Market Lane',
			reference: 'MKT5',
			address: address('5 Market Lane', 'Central', 'Christchurch', '8011'),
			trackingOption: '5 Market Lane',
		},
		2,
	);
	put(
		'trackingOption',
		'trk_1',
		{ category: PROPERTY_TRACKING_CATEGORY, name: '12 Queen St', propertyId: 'prop_1', status: RECORD_STATUS.active },
		2,
	);
	put(
		'trackingOption',
		'trk_2',
		{ category: PROPERTY_TRACKING_CATEGORY, name: '88 Harbour Rd', propertyId: 'prop_2', status: RECORD_STATUS.active },
		2,
	);
	put(
		'trackingOption',
		'trk_3',
		{ category: PROPERTY_TRACKING_CATEGORY, name: '5 Market Lane', propertyId: 'prop_3', status: RECORD_STATUS.active },
		2,
	);

	const contact = (
		id: string,
		name: string,
		first: string,
		last: string,
		email: string,
		city: string,
		status: string = RECORD_STATUS.active,
	) =>
		put(
			'contact',
			id,
			{
				name,
				correspondenceName: name,
				firstName: first,
				lastName: last,
				email,
				telephone: '+64 9 555 0100',
				mobile: '+64 21 555 0100',
				fax: '',
				postalAddress: address('PO Box 100', 'CBD', city, '1140'),
				streetAddress: address('1 Main Street', 'CBD', city, '1010'),
				status,
			},
			3,
		);
	contact('con_1', 'Kauri Coffee Ltd', 'Aroha', 'Ngata', 'accounts@kauricoffee.example', 'Auckland');
	contact('con_2', 'Harbour Legal Partners', 'James', 'Whitaker', 'finance@harbourlegal.example', 'Wellington');
	contact('con_3', 'Southern Cross Pharmacy', 'Mei', 'Chen', 'office@scpharmacy.example', 'Christchurch');
	contact('con_4', 'Apex Maintenance Ltd', 'Tom', 'Reid', 'billing@apexmaint.example', 'Auckland');
	contact('con_5', 'City Cleaning Co', 'Sina', 'Faleolo', 'invoices@citycleaning.example', 'Wellington');
	contact('con_6', 'Former Tenant Ltd', 'Ann', 'Old', 'old@former.example', 'Auckland', RECORD_STATUS.archived);

	const tenancy = (
		id: string,
		name: string,
		propertyId: string,
		tenantContactId: string,
		status: string,
		start: string,
		end: string,
	) =>
		put(
			'tenancy',
			id,
			{ name, propertyId, tenantContactId, status, currentTerm: { start, end }, futureTerms: [], pastTerms: [] },
			4,
		);
	tenancy('ten_1', 'Kauri Coffee - Ground Floor', 'prop_1', 'con_1', 'Current', '2023-06-01', '2026-05-31');
	tenancy('ten_2', 'Harbour Legal - Level 2', 'prop_2', 'con_2', 'Current', '2022-01-01', '2027-12-31');
	tenancy('ten_3', 'Southern Cross - Shop 1', 'prop_3', 'con_3', 'Future', '2024-07-01', '2029-06-30');
	tenancy('ten_4', 'Former Tenant - Level 1', 'prop_1', 'con_6', 'Expired', '2019-01-01', '2023-05-31');

	const rent = (property: string, amount: number) => [
		{
			description: 'Rent',
			accountCode: '200',
			taxType: 'GST on Income',
			tracking: { category: PROPERTY_TRACKING_CATEGORY, option: property },
			amountExclTax: amount,
		},
	];
	const invoice = (id: string, day: number, status: string, fields: Fields) => {
		// Built through the same rules as the API, then given its seeded status (Paid, Voided, Overdue come from events).
		const built = buildInvoice(store, { ...fields, status: 'Approved' });
		put('invoice', id, { ...built, status }, day);
	};
	const income = (
		contactId: string,
		propertyId: string,
		tenancyId: string,
		option: string,
		amount: number,
		n: number,
	) => ({
		type: 'Income',
		invoiceNumber: `INV-${n}`,
		contactId,
		propertyId,
		tenancyId,
		issueDate: '2024-05-01',
		dueDate: '2024-05-20',
		reference: 'May rent',
		lines: rent(option, amount),
	});
	invoice('inv_1', 5, 'Draft', income('con_1', 'prop_1', 'ten_1', '12 Queen St', 1000, 1001));
	invoice('inv_2', 5, 'AwaitingApproval', income('con_2', 'prop_2', 'ten_2', '88 Harbour Rd', 2500, 1002));
	invoice('inv_3', 6, 'Approved', income('con_1', 'prop_1', 'ten_1', '12 Queen St', 1200, 1003));
	invoice('inv_4', 6, 'Approved', income('con_2', 'prop_2', 'ten_2', '88 Harbour Rd', 2000, 1004));
	invoice('inv_5', 7, 'Voided', income('con_3', 'prop_3', 'ten_3', '5 Market Lane', 800, 1005));
	invoice('inv_6', 7, 'Overdue', {
		...income('con_1', 'prop_1', 'ten_1', '12 Queen St', 1000, 1006),
		issueDate: '2024-04-01',
		dueDate: '2024-04-20',
	});
	const bill = (contactId: string, option: string, code: string, amount: number, n: number, priority: string) => ({
		type: 'Expense',
		invoiceNumber: `BILL-${n}`,
		contactId,
		issueDate: '2024-05-03',
		dueDate: '2024-05-31',
		reference: 'Maintenance',
		paymentPriority: priority,
		lines: [
			{
				description: 'Works',
				accountCode: code,
				taxType: 'GST on Expenses',
				tracking: { category: PROPERTY_TRACKING_CATEGORY, option },
				amountExclTax: amount,
			},
		],
	});
	invoice('inv_7', 8, 'Approved', bill('con_4', '12 Queen St', '400', 640, 2001, 'Normal'));
	invoice('inv_8', 8, 'AwaitingApproval', bill('con_5', '88 Harbour Rd', '420', 300, 2002, 'Low'));

	// Payments: inv_4 paid in full, inv_3 part paid (invoice totals follow, as the API would leave them).
	const pay = (id: string, invoiceId: string, amount: number, day: number) => {
		const inv = store.get('invoice', invoiceId)!;
		put(
			'payment',
			id,
			{
				invoiceId,
				contactId: inv.fields.contactId,
				date: `2024-05-${String(day).padStart(2, '0')}`,
				amount,
				reference: `Payment ${id}`,
			},
			day,
		);
		const amountDue = round2(Number(inv.fields.amountDue) - amount);
		store.update(
			'invoice',
			invoiceId,
			{
				amountPaid: round2(Number(inv.fields.amountPaid) + amount),
				amountDue,
				...(amountDue === 0 ? { status: 'Paid' } : {}),
			},
			{ modifiedAt: at(day, 10) },
		);
	};
	pay('pay_1', 'inv_4', 2300, 10);
	pay('pay_2', 'inv_3', 500, 11);
	const voided = store.get('invoice', 'inv_5')!;
	store.update('invoice', 'inv_5', { amountDue: 0 }, { modifiedAt: voided.modifiedAt });

	put(
		'creditNote',
		'cn_1',
		{
			...buildCreditNote(store, {
				type: 'Income',
				status: 'Approved',
				contactId: 'con_2',
				propertyId: 'prop_2',
				issueDate: '2024-05-12',
				reference: 'Rent abatement',
				lines: rent('88 Harbour Rd', 200),
			}),
			creditNoteNumber: 'CN-1001',
		},
		12,
	);
	put(
		'adjustment',
		'adj_1',
		{
			...buildAdjustment(store, {
				type: 'Income',
				contactId: 'con_1',
				date: '2024-05-13',
				reference: 'Rounding',
				lines: [{ description: 'Rounding adjustment', accountCode: '200', taxType: 'No GST', amountExclTax: 0.5 }],
			}),
			adjustmentNumber: 'ADJ-1001',
		},
		13,
	);
}

/* ------------------------------------------------------------------ bulk seed (fault suite) */

/**
 * Bulk source data for load and fault tests (test/faults): `count` approved income invoices
 * (`INV-5NNNN`), rent on the seeded tenancies of con_1 (12 Queen St) and con_2 (88 Harbour Rd),
 * built by the API's own buildInvoice (totals, tax), issued from 2024-06-01, amounts varied by index
 * and seed. Every one maps with released-intacct/invoices.json's seeded rows. Deterministic;
 * appends after earlier bulk invoices. Returns the ids.
 */
export function bulkSeedReLeased(store: RecordStore, opts: { count: number; seed?: number }): { invoices: string[] } {
	const count = Math.max(0, Math.min(5000, Math.floor(opts.count)));
	const seed = opts.seed ?? 1;
	const existing = store.list('invoice').filter((r) => /^INV-5\d{4}$/.test(String(r.fields.invoiceNumber))).length;
	const parties = [
		{ contactId: 'con_1', propertyId: 'prop_1', tenancyId: 'ten_1', option: '12 Queen St' },
		{ contactId: 'con_2', propertyId: 'prop_2', tenancyId: 'ten_2', option: '88 Harbour Rd' },
	];
	const out: string[] = [];
	for (let k = 0; k < count; k++) {
		const i = existing + k + 1;
		const p = parties[(i + seed) % 2]!;
		const amount = 500 + ((i * 37 + seed * 11) % 2000);
		const day = 1 + (i % 28);
		const issueDate = `2024-06-${String(day).padStart(2, '0')}`;
		const built = buildInvoice(store, {
			type: 'Income',
			invoiceNumber: `INV-${50000 + i}`,
			contactId: p.contactId,
			propertyId: p.propertyId,
			tenancyId: p.tenancyId,
			issueDate,
			dueDate: '2024-07-20',
			reference: `June rent B${i}`,
			lines: [
				{
					description: 'Rent',
					accountCode: '200',
					taxType: 'GST on Income',
					tracking: { category: PROPERTY_TRACKING_CATEGORY, option: p.option },
					amountExclTax: amount,
				},
			],
			status: 'Approved',
		});
		const at = `${issueDate}T09:00:00.000Z`;
		const r = store.insert('invoice', built, { id: `${ID_PREFIX.invoice}b${i}`, createdAt: at, modifiedAt: at });
		out.push(r.id);
	}
	return { invoices: out };
}
