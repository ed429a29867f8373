import type { IDataObject } from 'n8n-workflow';
import { z } from 'zod';
import { DataError, type RecordRef } from '../model/errors';
import { currencyDecimals, Dec, sum } from '../model/decimal';
import { strictCurrency, strictIsoDate } from '../model/strict';
import type { Account, DimensionValue, Document, DocumentLine, Party, Payment, TaxCode } from '../model/schemas';
import { checkAgainstSource } from '../model/totals';
import type { Lookup } from '../mappings/resolve';
import { RELEASED } from './assumptions';

/**
 * Re-Leased: reads its records, as the Re-Leased node's read operations output them (field names
 * from the connector's contract, nodes/ReLeased/transport/contract.ts, which labels them ASSUMED:
 * no public API reference exists), into the canonical model, and writes the model into
 * Re-Leased's write shapes (invoice, contact, account, tax type, tracking option bodies).
 * Verified behaviour (help centre): Awaiting Approval ↔ Intacct Draft, Approved ↔ posted; one
 * currency per company; Intacct owns accounts, tax details and dimensions (= property tracking).
 */

const num = z.union([z.number(), z.string()]);
const optStr = z.string().nullish();

const Address = z
	.object({ address: optStr, suburb: optStr, city: optStr, region: optStr, postcode: optStr, country: optStr })
	.passthrough();

export const RlLine = z
	.object({
		description: optStr,
		accountCode: optStr,
		taxType: optStr,
		tracking: z.object({ category: optStr, option: optStr }).passthrough().nullish(),
		amountExclTax: num,
		taxAmount: num.nullish(),
	})
	.passthrough();

export const RlDocument = z
	.object({
		id: z.string().min(1),
		invoiceNumber: optStr,
		creditNoteNumber: optStr,
		type: z.enum(['Income', 'Expense']),
		status: optStr,
		contactId: z.string().min(1),
		propertyId: optStr,
		invoiceId: optStr,
		issueDate: z.string(),
		dueDate: optStr,
		reference: optStr,
		currency: optStr,
		lines: z.array(RlLine).min(1),
		totalTax: num.nullish(),
		total: num.nullish(),
		updatedAt: optStr,
		createdAt: optStr,
	})
	.passthrough();

export const RlPayment = z
	.object({
		id: z.string().min(1),
		invoiceId: z.string().min(1),
		contactId: optStr,
		date: z.string(),
		amount: num,
		reference: optStr,
		updatedAt: optStr,
		createdAt: optStr,
	})
	.passthrough();

export const RlContact = z
	.object({
		id: z.string().min(1),
		name: z.string().min(1),
		correspondenceName: optStr,
		firstName: optStr,
		lastName: optStr,
		email: optStr,
		telephone: optStr,
		mobile: optStr,
		fax: optStr,
		postalAddress: Address.nullish(),
		streetAddress: Address.nullish(),
		status: optStr,
		updatedAt: optStr,
		createdAt: optStr,
	})
	.passthrough();

const s = (v: unknown): string | undefined => (v === null || v === undefined || v === '' ? undefined : String(v));

function parse<T extends z.ZodTypeAny>(schema: T, record: unknown, type: string): z.infer<T> {
	const parsed = schema.safeParse(record);
	if (parsed.success) return parsed.data;
	const rec = (record ?? {}) as Record<string, unknown>;
	const issue = parsed.error.issues[0]!;
	throw new DataError(
		{ system: 'released', type, id: s(rec.id) ?? '(no id)' },
		issue.path.join('.') || '(record)',
		`${issue.message}; is the input item a whole Re-Leased ${type} as the Re-Leased node reads it?`,
	);
}

function isoDate(value: string | null | undefined, ref: RecordRef, field: string): string | undefined {
	// Strict (luxon): 2025-02-30 or 2025-13-45 is a DataError naming the field, never passed on.
	return strictIsoDate(value, ref, field);
}

/** Re-Leased is single-currency per company: the record's currency, else the base currency setting. */
function currencyOf(lookup: Lookup | undefined, currency: string | null | undefined, ref: RecordRef): string {
	const c = s(currency) ?? lookup?.settings.baseCurrency;
	if (!c)
		throw new DataError(
			ref,
			'currency',
			'the record has no currency; set the base currency (the Re-Leased company currency) in the mapping settings',
		);
	return strictCurrency(c, ref, 'currency');
}

/** Income and expense invoices, credit notes and adjustments (the same line shape). */
export function readDocument(record: unknown, kind: 'invoice' | 'creditNote', lookup?: Lookup): Document {
	const doc = parse(RlDocument, record, kind);
	const ref: RecordRef = {
		system: 'released',
		type: kind,
		id: doc.id,
		number: s(doc.invoiceNumber) ?? s(doc.creditNoteNumber),
	};
	const currency = currencyOf(lookup, doc.currency, ref);
	const dp = currencyDecimals(currency);
	const lines: DocumentLine[] = doc.lines.map((l, i) => {
		const field = `lines[${i + 1}]`;
		const net = Dec.from(l.amountExclTax, `${field}.amountExclTax`);
		if (l.taxAmount === undefined || l.taxAmount === null) {
			throw new DataError(
				ref,
				`${field}.taxAmount`,
				'is missing; read the record back from Re-Leased, which fills in the tax of each line',
			);
		}
		const tax = Dec.from(l.taxAmount, `${field}.taxAmount`);
		return {
			lineNo: i + 1,
			kind: 'item',
			description: l.description ?? '',
			quantity: '1',
			unitPrice: net.toString(),
			discount: '0',
			net: net.toString(),
			tax: tax.toString(),
			gross: net.add(tax).toString(),
			accountCode: s(l.accountCode),
			taxCode: s(l.taxType),
			dims: { dimensionCode: s(l.tracking?.option) },
		};
	});
	const tax = sum(lines.map((l) => Dec.from(l.tax).round(dp)));
	const gross = sum(lines.map((l) => Dec.from(l.gross).round(dp)));
	checkAgainstSource(ref, 'total', gross, doc.total ?? undefined, currency, 'the total including tax');
	checkAgainstSource(ref, 'totalTax', tax, doc.totalTax ?? undefined, currency, 'the tax total');
	if (gross.isNegative())
		throw new DataError(ref, 'total', 'is negative; Re-Leased credits are credit notes, not negative invoices');
	const status = doc.status ?? '';
	return {
		source: {
			system: 'released',
			type: kind,
			id: doc.id,
			version: doc.updatedAt ?? doc.createdAt ?? 'v0',
			number: ref.number,
		},
		type:
			kind === 'creditNote'
				? doc.type === 'Income'
					? 'creditNote'
					: 'vendorCredit'
				: doc.type === 'Income'
					? 'invoice'
					: 'bill',
		partyId: doc.contactId,
		partyRole: doc.type === 'Income' ? 'customer' : 'vendor',
		number: ref.number,
		reference: s(doc.reference),
		description: s(doc.reference),
		issueDate: isoDate(doc.issueDate, ref, 'issueDate')!,
		dueDate: isoDate(doc.dueDate, ref, 'dueDate'),
		currency,
		taxMode: 'exclusive',
		lines,
		totals: { net: gross.sub(tax).toString(), tax: tax.toString(), gross: gross.toString() },
		status:
			status === 'AwaitingApproval'
				? 'awaitingApproval'
				: status === 'Draft'
					? 'draft'
					: status === 'Voided'
						? 'voided'
						: status === 'Paid'
							? 'paid'
							: 'posted',
		sourceStatus: status,
		dims: {},
		credits: s(doc.invoiceId) ? [doc.invoiceId!] : [],
		allocations: [],
	};
}

/**
 * The part of a Re-Leased credit note allocated to the invoice it credits (`invoiceId`): its total
 * less `remainingCredit` (Re-Leased allocates up to the invoice's amount due and keeps the rest as
 * credit), or the whole credit when the record does not say. Undefined when it credits no invoice.
 */
export function creditNoteApplication(
	record: unknown,
	doc: Document,
): { invoiceId: string; amount: string } | undefined {
	const rec = (record ?? {}) as Record<string, unknown>;
	const invoiceId = s(rec.invoiceId);
	if (!invoiceId) return undefined;
	const dp = currencyDecimals(doc.currency);
	const total = Dec.from(doc.totals.gross);
	const remaining =
		rec.remainingCredit === undefined || rec.remainingCredit === null || rec.remainingCredit === ''
			? undefined
			: Dec.from(rec.remainingCredit as string | number, 'remainingCredit');
	if (remaining && (remaining.isNegative() || remaining.cmp(total) > 0)) {
		throw new DataError(
			{ system: 'released', type: 'creditNote', id: doc.source.id, number: doc.number },
			'remainingCredit',
			`is ${remaining.toString()}; it must be between 0 and the credit note total ${total.toFixed(dp)}`,
		);
	}
	return { invoiceId, amount: (remaining ? total.sub(remaining) : total).toFixed(dp) };
}

/**
 * Intacct action of a Re-Leased document (verified: Awaiting Approval → Draft, Approved → posted),
 * unless the statuses table says otherwise. Draft and Voided documents do not go to Intacct.
 */
export function intacctAction(lookup: Lookup, doc: Document): 'Draft' | 'Submit' {
	const row = lookup.maybe('statuses', doc.sourceStatus);
	if (row) {
		if (row.target !== 'Draft' && row.target !== 'Submit') {
			throw new DataError(
				lookup.record,
				'status',
				`the statuses table maps "${doc.sourceStatus}" to "${row.target}"; Intacct accepts Draft or Submit`,
			);
		}
		return row.target;
	}
	if (doc.status === 'awaitingApproval') return 'Draft';
	if (doc.status === 'draft')
		throw new DataError(
			lookup.record,
			'status',
			'is Draft: drafts stay in Re-Leased until submitted for approval (add a statuses row to send them)',
		);
	if (doc.status === 'voided')
		throw new DataError(lookup.record, 'status', 'is Voided: voiding is initiated in Intacct, not synced to it');
	return 'Submit';
}

export function readPayment(record: unknown, lookup?: Lookup): Payment {
	const p = parse(RlPayment, record, 'payment');
	const ref: RecordRef = { system: 'released', type: 'payment', id: p.id, number: s(p.reference) };
	const currency = currencyOf(lookup, (p as { currency?: string }).currency, ref);
	const amount = Dec.from(p.amount, 'amount');
	if (!amount.cmp(0)) throw new DataError(ref, 'amount', 'is zero');
	const date = isoDate(p.date, ref, 'date')!;
	return {
		source: {
			system: 'released',
			type: 'payment',
			id: p.id,
			version: p.updatedAt ?? p.createdAt ?? 'v0',
			number: s(p.reference),
		},
		kind: 'payment',
		partyId: s(p.contactId),
		partyRole: 'customer',
		date,
		amount: amount.toString(),
		currency,
		reference: s(p.reference),
		status: 'received',
		sourceStatus: '',
		allocations: [{ fromId: p.id, toId: p.invoiceId, amount: amount.toString(), date }],
		unallocated: '0',
		dims: {},
	};
}

export function readContact(record: unknown, role: 'customer' | 'vendor'): Party {
	const c = parse(RlContact, record, 'contact');
	const addr = (a: z.infer<typeof Address> | null | undefined, kind: 'billing' | 'postal') =>
		a
			? [
					{
						kind,
						line1: s(a.address),
						line2: s(a.suburb),
						city: s(a.city),
						state: s(a.region),
						zip: s(a.postcode),
						country: s(a.country),
					},
				]
			: [];
	return {
		source: { system: 'released', type: 'contact', id: c.id, version: c.updatedAt ?? c.createdAt ?? 'v0' },
		role,
		kind: c.firstName || c.lastName ? 'person' : 'company',
		name: c.name,
		printAs: s(c.correspondenceName),
		active: c.status !== 'Archived',
		email: s(c.email),
		contact: {
			firstName: s(c.firstName),
			lastName: s(c.lastName),
			email: s(c.email),
			phone: s(c.telephone),
			mobile: s(c.mobile),
			fax: s(c.fax),
		},
		// Street address is the billing address (RL-7: Bill-To ← street address fields).
		addresses: [...addr(c.streetAddress, 'billing'), ...addr(c.postalAddress, 'postal')],
	};
}

// ---------------------------------------------------------------------------------------------
// Writers (Re-Leased write bodies)
// ---------------------------------------------------------------------------------------------

/** A Re-Leased income or expense invoice body from a canonical document read from Intacct. */
export function invoiceBody(lookup: Lookup, doc: Document, contactId: string): IDataObject {
	const dp = currencyDecimals(doc.currency);
	return {
		invoiceNumber: doc.number ?? doc.source.id,
		type: doc.partyRole === 'customer' ? 'Income' : 'Expense',
		// Verified: Intacct Draft ↔ Awaiting Approval, posted ↔ Approved.
		status: doc.status === 'draft' ? 'AwaitingApproval' : 'Approved',
		contactId,
		issueDate: doc.issueDate,
		...(doc.dueDate ? { dueDate: doc.dueDate } : {}),
		...(doc.reference ? { reference: doc.reference } : {}),
		currency: doc.currency,
		lines: doc.lines.map((line) => {
			const field = `lines[${line.lineNo}]`;
			const option = line.dims.objectCode
				? lookup.value('dimensions', 'target', `${field}.dimension`, line.dims.objectCode)
				: undefined;
			return {
				description: line.description,
				accountCode: lookup.value('accounts', 'target', `${field}.account`, line.accountCode),
				...(line.taxCode ? { taxType: lookup.value('taxCodes', 'target', `${field}.taxDetail`, line.taxCode) } : {}),
				...(option ? { tracking: { category: 'Property', option } } : {}),
				amountExclTax: Number(Dec.from(line.net).toFixed(dp)),
				// Tax is Intacct's (externally calculated): taken back as computed there.
				taxAmount: Number(Dec.from(line.tax).toFixed(dp)),
			};
		}),
	};
}

/** A Re-Leased credit note body from an Intacct credit memo (AR adjustment): the invoice lines' shape. */
export function creditNoteBody(lookup: Lookup, doc: Document, contactId: string): IDataObject {
	const { invoiceNumber, ...rest } = invoiceBody(lookup, doc, contactId);
	return { creditNoteNumber: invoiceNumber, ...rest };
}

/** Re-Leased account body (writable: code, name, type, description); archiving is a separate call. */
export function accountBody(account: Account): IDataObject {
	return {
		code: account.code,
		name: account.name,
		type: account.kind === 'sales' ? 'Revenue' : account.kind === 'purchases' ? 'Expense' : 'Asset',
	};
}

/** Re-Leased tax type body (writable: name, code, rate), named after the Intacct tax detail. */
export function taxTypeBody(tax: TaxCode): IDataObject {
	return { name: tax.code, code: tax.code, rate: Number(tax.rate) };
}

/** Re-Leased tracking option of the Property category (writable: category, name, propertyId). */
export function trackingOptionBody(value: DimensionValue): IDataObject {
	return { category: 'Property', name: value.name };
}

/** A Re-Leased contact body from an Intacct customer or vendor (contacts are created both ways). */
export function contactBody(party: Party): IDataObject {
	const billing = party.addresses.find((a) => a.kind === 'billing');
	const address = billing
		? {
				address: billing.line1,
				suburb: billing.line2,
				city: billing.city,
				region: billing.state,
				postcode: billing.zip,
				country: billing.country,
			}
		: undefined;
	const clean = (o: Record<string, unknown>) =>
		Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== '')) as IDataObject;
	return clean({
		name: party.name,
		correspondenceName: party.printAs,
		firstName: party.contact?.firstName,
		lastName: party.contact?.lastName,
		email: party.email,
		telephone: party.contact?.phone,
		mobile: party.contact?.mobile,
		fax: party.contact?.fax,
		// RL-7: billing address ↔ street address; the postal address is the ship-to, absent here.
		streetAddress: address ? clean(address) : undefined,
	});
}

/** A Re-Leased payment body for one paid invoice. */
export function paymentBody(
	payment: Payment,
	invoiceId: string,
	contactId: string | undefined,
	amount: string,
): IDataObject {
	const dp = currencyDecimals(payment.currency);
	return {
		invoiceId,
		...(contactId ? { contactId } : {}),
		date: payment.date,
		amount: Number(Dec.from(amount).toFixed(dp)),
		...(payment.reference ? { reference: payment.reference } : {}),
	};
}

export { RELEASED };
