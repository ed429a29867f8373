import { z } from 'zod';
import { DataError, type RecordRef } from '../model/errors';
import { currencyDecimals, Dec, sum } from '../model/decimal';
import { strictCurrency, strictIsoDate } from '../model/strict';
import type { Allocation, Document, DocumentLine, Party, Payment, Refund } from '../model/schemas';
import { checkAgainstSource, lineFigures } from '../model/totals';
import { OFFICERND } from './assumptions';

/**
 * OfficeRnD Flex (API v2): reads its records, exactly as the OfficeRnD node's read operations
 * output them, into the canonical model, and writes the model into OfficeRnD's write shapes
 * (charges, accounting sync status). Field names: reference notes officernd-api.md §2.
 *
 * The zod schemas below check only what a conversion needs and let every other field through.
 */

const id = z.string().min(1);
const num = z.union([z.number(), z.string()]);
const optNum = num.nullish();
const optStr = z.string().nullish();

export const OrndLine = z
	.object({
		description: optStr,
		quantity: optNum,
		unitPrice: optNum,
		price: optNum,
		discountAmount: optNum,
		unitDiscount: optNum,
		taxRate: optStr,
		taxPercent: optNum,
		taxAmount: optNum,
		subTotal: optNum,
		total: optNum,
		account: optStr,
		plan: optStr,
		fee: optStr,
		fees: z.array(z.string()).nullish(),
		location: optStr,
		startDate: optStr,
		endDate: optStr,
	})
	.passthrough();

export const OrndAllocation = z
	.object({ _id: optStr, target: id, amount: num, documentType: optStr, date: optStr, createdAt: optStr })
	.passthrough();

export const OrndDocument = z
	.object({
		_id: id,
		number: optStr,
		documentType: z.enum(['invoice', 'creditNote', 'overpayment', 'paymentCharge']).nullish(),
		date: z.string(),
		dueDate: optStr,
		company: optStr,
		member: optStr,
		location: optStr,
		reference: optStr,
		taxType: z.enum(['included', 'excluded', 'noTax']).nullish(),
		lines: z.array(OrndLine).nullish(),
		processingFeeLine: OrndLine.nullish(),
		taxAmounts: z.array(z.object({ percent: optNum, total: num, taxRate: optStr }).passthrough()).nullish(),
		subTotal: optNum,
		amount: optNum,
		total: optNum,
		baseTotal: optNum,
		currency: z.string().regex(/^[A-Za-z]{3}$/),
		currencyConversionRate: optNum,
		status: optStr,
		chargeMethod: optStr,
		allocations: z.array(OrndAllocation).nullish(),
		modifiedAt: optStr,
		createdAt: optStr,
	})
	.passthrough();
export type OrndDocument = z.infer<typeof OrndDocument>;

export const OrndCharge = z
	.object({
		_id: id,
		amount: num,
		currency: optStr,
		account: optStr,
		reference: optStr,
		date: optStr,
		status: optStr,
		payment: optStr,
		providerChargeReference: optStr,
		modifiedAt: optStr,
		createdAt: optStr,
	})
	.passthrough();
export type OrndCharge = z.infer<typeof OrndCharge>;

const OrndAddress = z
	.object({ country: optStr, state: optStr, city: optStr, street: optStr, zip: optStr })
	.passthrough();

export const OrndParty = z
	.object({
		_id: id,
		name: z.string().min(1),
		email: optStr,
		phone: optStr,
		location: optStr,
		status: optStr,
		address: OrndAddress.nullish(),
		billingDetails: z
			.object({ billingName: optStr, vatNumber: optStr, billingAddress: OrndAddress.nullish() })
			.passthrough()
			.nullish(),
		properties: z.record(z.unknown()).nullish(),
		modifiedAt: optStr,
		createdAt: optStr,
		company: optStr,
	})
	.passthrough();
export type OrndParty = z.infer<typeof OrndParty>;

// ---------------------------------------------------------------------------------------------

/** Validates a record against a schema; the error names the record and the first bad field. */
export function parseRecord<T extends z.ZodTypeAny>(schema: T, record: unknown, type: string): z.infer<T> {
	const parsed = schema.safeParse(record);
	if (parsed.success) return parsed.data;
	const rec = (record ?? {}) as Record<string, unknown>;
	const ref: RecordRef = { system: 'officernd', type, id: typeof rec._id === 'string' ? rec._id : '(no _id)' };
	const issue = parsed.error.issues[0]!;
	throw new DataError(
		ref,
		issue.path.join('.') || '(record)',
		`${issue.message}; is the input item a whole OfficeRnD ${type} as the OfficeRnD node reads it?`,
	);
}

function isoDate(value: string | null | undefined, ref: RecordRef, field: string): string | undefined {
	// ASSUMPTION (assumptions.ts OFFICERND.dateTimeZone): the calendar date of an ISO timestamp is its UTC date.
	// Strict: 2025-02-30 is a DataError naming the field, never March 2nd (new Date would move it).
	return strictIsoDate(value, ref, field, true);
}

function version(rec: { modifiedAt?: string | null; createdAt?: string | null }): string {
	return rec.modifiedAt ?? rec.createdAt ?? 'v0';
}

export function docRef(doc: OrndDocument): RecordRef {
	const type = doc.documentType ?? 'invoice';
	return { system: 'officernd', type, id: doc._id, number: doc.number ?? undefined };
}

function str(v: string | null | undefined): string | undefined {
	return v === null || v === undefined || v === '' ? undefined : v;
}

// ---------------------------------------------------------------------------------------------
// Readers
// ---------------------------------------------------------------------------------------------

/** A company or a member, as the customer of its invoices. */
export function readParty(record: unknown, type: 'company' | 'member'): Party {
	const p = parseRecord(OrndParty, record, type);
	const billing = p.billingDetails?.billingAddress ?? p.address ?? undefined;
	const [firstName, ...rest] = type === 'member' ? p.name.split(' ') : [];
	return {
		source: { system: 'officernd', type, id: p._id, version: version(p) },
		role: 'customer',
		kind: type === 'company' ? 'company' : 'person',
		name: p.name,
		printAs: str(p.billingDetails?.billingName),
		taxId: str(p.billingDetails?.vatNumber),
		active: !['former', 'inactive', 'not_approved'].includes(p.status ?? ''),
		email: str(p.email),
		contact:
			type === 'member'
				? { firstName, lastName: rest.join(' ') || undefined, email: str(p.email), phone: str(p.phone) }
				: undefined,
		addresses: billing
			? [
					{
						kind: 'billing',
						line1: str(billing.street),
						city: str(billing.city),
						state: str(billing.state),
						zip: str(billing.zip),
						country: str(billing.country),
					},
				]
			: [],
		dimensionCode: str(p.location),
		currency: undefined,
	};
}

function lineOf(
	doc: OrndDocument,
	ref: RecordRef,
	raw: z.infer<typeof OrndLine>,
	lineNo: number,
	kind: DocumentLine['kind'],
): DocumentLine {
	const field = kind === 'processingFee' ? 'processingFeeLine' : `lines[${lineNo}]`;
	const taxMode = taxModeOf(doc);
	const quantity = Dec.opt(raw.quantity, Dec.from(1), `${field}.quantity`);
	const unitPrice = Dec.opt(raw.unitPrice ?? raw.price, Dec.ZERO, `${field}.unitPrice`);
	const discount =
		raw.discountAmount !== undefined && raw.discountAmount !== null
			? Dec.from(raw.discountAmount, `${field}.discountAmount`)
			: Dec.opt(raw.unitDiscount, Dec.ZERO, `${field}.unitDiscount`).mul(quantity);
	const tax = Dec.opt(raw.taxAmount, Dec.ZERO, `${field}.taxAmount`);
	if (taxMode === 'none' && !tax.isZero()) {
		throw new DataError(ref, `${field}.taxAmount`, `is ${tax.toString()} but the document's taxType is noTax`);
	}
	const f = lineFigures(taxMode, quantity, unitPrice, discount, tax);
	// ASSUMPTION (OFFICERND.lineTotalIncludesTax): a line's `total` is after discount and includes tax.
	checkAgainstSource(ref, `${field}.total`, f.gross, raw.total, doc.currency.toUpperCase(), 'the line total');
	return {
		lineNo,
		kind,
		description: raw.description ?? '',
		quantity: quantity.toString(),
		unitPrice: unitPrice.toString(),
		discount: discount.toString(),
		net: f.net.toString(),
		tax: f.tax.toString(),
		gross: f.gross.toString(),
		accountCode: str(raw.account),
		planCode: str(raw.plan),
		taxCode: str(raw.taxRate),
		periodStart: isoDate(raw.startDate, ref, `${field}.startDate`),
		periodEnd: isoDate(raw.endDate, ref, `${field}.endDate`),
		dims: { dimensionCode: str(raw.location) },
	};
}

function taxModeOf(doc: OrndDocument): Document['taxMode'] {
	return doc.taxType === 'included' ? 'inclusive' : doc.taxType === 'noTax' ? 'none' : 'exclusive';
}

const STATUS: Record<string, Document['status']> = {
	draft: 'draft',
	pending: 'submitted',
	awaiting_payment: 'posted',
	partially_paid: 'partiallyPaid',
	paid: 'paid',
	failed: 'posted',
	refunded: 'paid',
	voided: 'voided',
};

/**
 * An invoice or credit note (a `/payments` document), with its lines, the processing fee line,
 * its tax and its allocations. Every line is recomputed exactly and checked against the source's
 * line total, and the lines against the document total and the tax summary.
 */
export function readDocument(record: unknown): Document {
	const doc = parseRecord(OrndDocument, record, 'invoice');
	const ref = docRef(doc);
	const type = doc.documentType ?? 'invoice';
	if (type !== 'invoice' && type !== 'creditNote') {
		throw new DataError(ref, 'documentType', `is "${type}"; this conversion takes invoices and credit notes`);
	}
	if (doc.status === 'voided') {
		throw new DataError(
			ref,
			'status',
			'the document is voided; voiding is not synced (void it in the accounting system)',
		);
	}
	const currency = strictCurrency(doc.currency, ref, 'currency');
	const lines = (doc.lines ?? []).map((l, i) => lineOf(doc, ref, l, i + 1, l.fee || l.fees?.length ? 'fee' : 'item'));
	if (doc.processingFeeLine) lines.push(lineOf(doc, ref, doc.processingFeeLine, lines.length + 1, 'processingFee'));
	if (!lines.length) throw new DataError(ref, 'lines', 'the document has no lines');
	// Documents round per line: the totals are the sums of the lines rounded to the currency.
	const dp = currencyDecimals(currency);
	let tax = sum(lines.map((l) => Dec.from(l.tax).round(dp)));
	let gross = sum(lines.map((l) => Dec.from(l.gross).round(dp)));
	let net = gross.sub(tax);
	const stated = doc.amount ?? doc.total;
	if (type === 'creditNote' && stated !== undefined && stated !== null && Dec.from(stated).isNegative()) {
		// ASSUMPTION (OFFICERND.creditAmountsPositive): a negative credit note is read by its absolute value.
		for (const l of lines) {
			for (const k of ['quantity', 'discount', 'net', 'tax', 'gross'] as const) l[k] = Dec.from(l[k]).neg().toString();
		}
		net = net.neg();
		tax = tax.neg();
		gross = gross.neg();
	}
	checkAgainstSource(
		ref,
		doc.amount !== undefined && doc.amount !== null ? 'amount' : 'total',
		gross,
		stated === undefined || stated === null ? undefined : Dec.from(stated).abs(),
		currency,
		'the document total',
	);
	if (doc.taxAmounts?.length) {
		checkAgainstSource(
			ref,
			'taxAmounts',
			tax,
			sum(doc.taxAmounts.map((t) => Dec.from(t.total, 'taxAmounts.total'))).abs(),
			currency,
			'the tax total',
		);
	}
	const rate = str(
		doc.currencyConversionRate === undefined || doc.currencyConversionRate === null
			? undefined
			: String(doc.currencyConversionRate),
	);
	if (rate && doc.baseTotal !== undefined && doc.baseTotal !== null && stated !== undefined && stated !== null) {
		// ASSUMPTION (OFFICERND.rateMultipliesToBase): baseTotal = total x currencyConversionRate.
		const base = Dec.from(stated).abs().mul(rate).round(dp);
		const statedBase = Dec.from(doc.baseTotal).abs().round(dp);
		if (
			base
				.sub(statedBase)
				.abs()
				.cmp(Dec.from(`1e-${dp}`).mul(lines.length + 1)) > 0
		) {
			throw new DataError(
				ref,
				'currencyConversionRate',
				`${rate} x total ${Dec.from(stated).toFixed(dp)} = ${base.toFixed(dp)}, not the baseTotal ${statedBase.toFixed(dp)}; the rate's direction is not the one assumed, so no rate is passed on`,
			);
		}
	}
	const partyId = str(doc.company) ?? str(doc.member);
	if (!partyId) throw new DataError(ref, 'company', 'the document has neither a company nor a member');
	const allocations: Allocation[] = (doc.allocations ?? []).map((a) => ({
		id: str(a._id),
		// On a credit note the target is the invoice it credits; on an invoice, the credit note.
		fromId: type === 'creditNote' ? doc._id : a.target,
		toId: type === 'creditNote' ? a.target : doc._id,
		amount: Dec.from(a.amount, 'allocations.amount').abs().toString(),
		date: isoDate(a.date ?? a.createdAt, ref, 'allocations.date'),
	}));
	return {
		source: { system: 'officernd', type, id: doc._id, version: version(doc), number: str(doc.number) },
		type: type === 'creditNote' ? 'creditNote' : 'invoice',
		partyId,
		partyRole: 'customer',
		number: str(doc.number),
		// OfficeRnD's `reference` is free text describing the document: the description, not a PO number.
		description: str(doc.reference),
		issueDate: isoDate(doc.date, ref, 'date')!,
		dueDate: isoDate(doc.dueDate, ref, 'dueDate'),
		currency,
		exchangeRate: rate,
		taxMode: taxModeOf(doc),
		lines,
		totals: { net: net.toString(), tax: tax.toString(), gross: gross.toString() },
		status: STATUS[doc.status ?? ''] ?? 'submitted',
		sourceStatus: doc.status ?? '',
		dims: { dimensionCode: str(doc.location) },
		credits: type === 'creditNote' ? allocations.map((a) => a.toId) : [],
		allocations,
	};
}

/** The customer of a document: company, else member. */
export function documentParty(record: unknown): string {
	const doc = parseRecord(OrndDocument, record, 'invoice');
	const party = str(doc.company) ?? str(doc.member);
	if (!party) throw new DataError(docRef(doc), 'company', 'the document has neither a company nor a member');
	return party;
}

/** A charge: money received against one invoice (`payment`). */
export function readCharge(record: unknown): Payment {
	const c = parseRecord(OrndCharge, record, 'charge');
	const ref: RecordRef = { system: 'officernd', type: 'charge', id: c._id, number: str(c.reference) };
	const status = c.status ?? '';
	if (status === 'refund') {
		throw new DataError(
			ref,
			'status',
			'is "refund"; refunds are not synced as payments: a refund paid out of a credit note is converted by "Credit Note Refunds → Debit Memo" (with the credit note), refunds of invoices are not synced',
		);
	}
	if (!OFFICERND.receivedChargeStatuses.includes(status)) {
		throw new DataError(
			ref,
			'status',
			`is "${status}"; only charges with status ${OFFICERND.receivedChargeStatuses.join(', ')} are money received`,
		);
	}
	const invoice = str(c.payment);
	if (!invoice) throw new DataError(ref, 'payment', 'the charge is not linked to an invoice');
	if (!c.currency) throw new DataError(ref, 'currency', 'is missing');
	const amount = Dec.from(c.amount, 'amount');
	if (amount.isNegative() || amount.isZero())
		throw new DataError(ref, 'amount', `is ${amount.toString()}; a payment must be positive`);
	const date = isoDate(c.date ?? c.createdAt, ref, 'date');
	if (!date) throw new DataError(ref, 'date', 'is missing');
	return {
		source: { system: 'officernd', type: 'charge', id: c._id, version: version(c), number: str(c.reference) },
		kind: 'payment',
		partyRole: 'customer',
		date,
		amount: amount.toString(),
		currency: strictCurrency(c.currency, ref, 'currency'),
		method: str(c.account),
		reference: str(c.reference) ?? str(c.providerChargeReference),
		status: 'received',
		sourceStatus: status,
		allocations: [{ fromId: c._id, toId: invoice, amount: amount.toString(), date }],
		unallocated: '0',
		dims: {},
	};
}

/** An overpayment document: money received and not (or partly) allocated to invoices. */
export function readOverpayment(record: unknown): Payment {
	const doc = parseRecord(OrndDocument, record, 'overpayment');
	const ref = docRef(doc);
	if (doc.documentType !== 'overpayment')
		throw new DataError(ref, 'documentType', `is "${doc.documentType ?? 'invoice'}", not "overpayment"`);
	const stated = doc.amount ?? doc.total;
	if (stated === undefined || stated === null) throw new DataError(ref, 'amount', 'is missing');
	const amount = Dec.from(stated, 'amount').abs();
	const allocations: Allocation[] = (doc.allocations ?? []).map((a) => ({
		id: str(a._id),
		fromId: doc._id,
		toId: a.target,
		amount: Dec.from(a.amount, 'allocations.amount').abs().toString(),
		date: isoDate(a.date ?? a.createdAt, ref, 'allocations.date'),
	}));
	const allocated = sum(allocations.map((a) => Dec.from(a.amount)));
	if (allocated.cmp(amount) > 0) {
		throw new DataError(
			ref,
			'allocations',
			`allocate ${allocated.toString()}, more than the overpayment of ${amount.toString()}`,
		);
	}
	const partyId = str(doc.company) ?? str(doc.member);
	if (!partyId) throw new DataError(ref, 'company', 'the overpayment has neither a company nor a member');
	return {
		source: { system: 'officernd', type: 'overpayment', id: doc._id, version: version(doc), number: str(doc.number) },
		kind: 'overpayment',
		partyId,
		partyRole: 'customer',
		date: isoDate(doc.date, ref, 'date')!,
		amount: amount.toString(),
		currency: strictCurrency(doc.currency, ref, 'currency'),
		exchangeRate:
			doc.currencyConversionRate === undefined || doc.currencyConversionRate === null
				? undefined
				: String(doc.currencyConversionRate),
		method: str(doc.chargeMethod),
		reference: str(doc.number),
		description: str(doc.reference),
		status: 'received',
		sourceStatus: doc.status ?? '',
		allocations,
		unallocated: amount.sub(allocated).toString(),
		dims: { dimensionCode: str(doc.location) },
	};
}

/**
 * A credit note with the refunds paid out of it: the credit note, whole, with a `refunds` array
 * of its refund charges (charges with status "refund" whose `payment` is the credit note, as the
 * OfficeRnD node reads them; reference §2.3: refunds show up only as such charges). Refunds are
 * taken in date order; together with the allocations they may not use more than the credit note.
 */
export function readCreditNoteRefunds(record: unknown): { creditNote: Document; refunds: Refund[] } {
	const creditNote = readDocument(record);
	const ref = docRef(parseRecord(OrndDocument, record, 'creditNote'));
	if (creditNote.type !== 'creditNote')
		throw new DataError(ref, 'documentType', `is "${creditNote.source.type}"; refunds are read from credit notes`);
	const raw = (record as Record<string, unknown>).refunds;
	if (raw !== undefined && raw !== null && !Array.isArray(raw)) {
		throw new DataError(
			ref,
			'refunds',
			'must be the list of the credit note\'s refund charges (OfficeRnD charges with status "refund")',
		);
	}
	const dp = currencyDecimals(creditNote.currency);
	const charges = ((raw ?? []) as unknown[]).map((r, n) => ({ n, c: parseRecord(OrndCharge, r, 'charge') }));
	const refunds = charges.map(({ n, c }): Refund => {
		const field = `refunds[${n}]`;
		if (c.status !== 'refund')
			throw new DataError(
				ref,
				`${field}.status`,
				`charge ${c._id} has status "${c.status ?? ''}"; only charges with status "refund" are refunds`,
			);
		if (c.payment !== creditNote.source.id) {
			throw new DataError(
				ref,
				`${field}.payment`,
				`charge ${c._id} belongs to document ${c.payment ?? '(none)'}, not to this credit note; pass only the credit note's own refund charges`,
			);
		}
		const currency = (c.currency ?? creditNote.currency).toUpperCase();
		if (currency !== creditNote.currency) {
			throw new DataError(
				ref,
				`${field}.currency`,
				`charge ${c._id} is in ${currency} but the credit note is in ${creditNote.currency}; a credit is refunded in its own currency`,
			);
		}
		// ASSUMPTION (OFFICERND.refundAmountSign): refund charges may carry a negative amount; the size is what was paid back.
		const amount = Dec.from(c.amount, `${field}.amount`).abs().round(dp);
		if (amount.isZero())
			throw new DataError(
				ref,
				`${field}.amount`,
				`charge ${c._id} refunds 0; delete it in OfficeRnD or give the amount paid back`,
			);
		const date = isoDate(c.date ?? c.createdAt, ref, `${field}.date`);
		if (!date) throw new DataError(ref, `${field}.date`, `charge ${c._id} has no date`);
		return {
			source: { system: 'officernd', type: 'charge', id: c._id, version: version(c), number: str(c.reference) },
			partyId: creditNote.partyId,
			partyRole: 'customer',
			date,
			amount: amount.toString(),
			currency,
			method: str(c.account),
			reference: str(c.reference) ?? str(c.providerChargeReference),
			refunds: { type: 'creditNote', id: creditNote.source.id, number: creditNote.number },
			dims: creditNote.dims,
		};
	});
	refunds.sort((a, b) => a.date.localeCompare(b.date) || a.source.id.localeCompare(b.source.id));
	// The credit left for refunds: the credit note less what is allocated to invoices, then less each earlier refund.
	const allocated = sum(creditNote.allocations.map((a) => Dec.from(a.amount))).round(dp);
	let left = Dec.from(creditNote.totals.gross).round(dp).sub(allocated);
	for (const r of refunds) {
		if (Dec.from(r.amount).cmp(left) > 0) {
			const n = charges.find(({ c }) => c._id === r.source.id)!.n;
			throw new DataError(
				ref,
				`refunds[${n}].amount`,
				`refund charge ${r.source.id} pays back ${Dec.from(r.amount).toFixed(dp)} ${r.currency} but only ${left.toFixed(dp)} of the credit is left ` +
					`(credit note ${Dec.from(creditNote.totals.gross).toFixed(dp)}, allocated to invoices ${allocated.toFixed(dp)}, refunded before ${Dec.from(creditNote.totals.gross).round(dp).sub(allocated).sub(left).toFixed(dp)}); ` +
					'correct the refund amount in OfficeRnD or remove an allocation so the credit covers it',
			);
		}
		left = left.sub(r.amount);
	}
	return { creditNote, refunds };
}

// ---------------------------------------------------------------------------------------------
// Writers (OfficeRnD write shapes)
// ---------------------------------------------------------------------------------------------

/**
 * Body of a charge create (or, without `payment`, of an update: OfficeRnD does not move a charge
 * to another invoice): money received against an invoice. providerChargeReference keeps the
 * source payment's id, so the charge can be found again from it; with externalOrgId, the
 * accounting block says it is synced with that payment.
 */
export function chargeBody(
	payment: Payment,
	invoiceId: string,
	amount: string,
	account: string,
	forUpdate = false,
	externalOrgId?: string,
): Record<string, string | number | null | Record<string, string | number | null>> {
	const dp = currencyDecimals(payment.currency);
	return {
		...(forUpdate ? {} : { payment: invoiceId }),
		amount: Number(Dec.from(amount).toFixed(dp)),
		currency: payment.currency,
		account,
		reference: payment.reference ?? payment.source.number ?? payment.source.id,
		date: `${payment.date}T00:00:00.000Z`,
		status: 'success',
		source: OFFICERND.accountingProvider,
		providerChargeReference: `${payment.source.type}:${payment.source.id}`,
		// The charge came from the accounting system: its sync status names the source payment.
		...(externalOrgId ? { accounting: accountingStatus(payment.source.id, externalOrgId, null, null) } : {}),
	};
}

/**
 * The accounting block of `PUT /payments/{id}/allocations/{allocationId}/accounting` and of the
 * document: provider and externalOrgId are required by OfficeRnD; unknown values are null.
 */
export function accountingStatus(
	providerId: string,
	externalOrgId: string,
	lastSync: string | null,
	error: string | null,
): Record<string, string | number | null> {
	return {
		provider: OFFICERND.accountingProvider,
		providerId: providerId || null,
		externalOrgId,
		lastSync,
		error,
	};
}

/**
 * Body of an overpayment document (POST /payments, documentType "overpayment"): one line of the
 * amount, no tax. OfficeRnD ids come from the tables (customer, location) of the caller.
 */
export function overpaymentBody(
	payment: Payment,
	company: string,
	location: string,
	externalOrgId: string | undefined,
): Record<string, unknown> {
	const dp = currencyDecimals(payment.currency);
	const text = `Overpayment${payment.reference ? ` ${payment.reference}` : ''}`;
	return {
		documentType: 'overpayment',
		date: `${payment.date}T00:00:00.000Z`,
		company,
		location,
		reference: payment.description ?? text,
		// Money already received: issued, not a draft (ASSUMPTION: OFFICERND.overpaymentStatus).
		status: OFFICERND.overpaymentStatus,
		taxType: 'noTax',
		currency: payment.currency,
		lines: [{ description: text, quantity: 1, unitPrice: Number(Dec.from(payment.amount).toFixed(dp)) }],
		...(externalOrgId
			? {
					accounting: {
						provider: OFFICERND.accountingProvider,
						providerId: payment.source.id,
						externalOrgId,
						lastSync: null,
						error: null,
					},
				}
			: {}),
	};
}
