import { z } from 'zod';
import { Dec } from './decimal';

/**
 * The canonical records every conversion passes through. Amounts are exact decimal strings (never
 * floats), dates are ISO yyyy-mm-dd, ids are the source system's own. Each system file reads into
 * these shapes and writes out of them; nothing else crosses between systems.
 */
export const Amount = z
	.string()
	.refine((s) => Dec.isDecimalText(s), { message: 'must be a decimal number written as text' });
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date yyyy-mm-dd');
export const CurrencyCode = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as USD');

/** Where a canonical record came from: also the input of the idempotency key. */
export const SourceRef = z.object({
	system: z.enum(['officernd', 'intacct', 'scoro', 'released']),
	type: z.string(),
	id: z.string().min(1),
	version: z.string(),
	number: z.string().optional(),
});
export type SourceRef = z.infer<typeof SourceRef>;

export const Address = z.object({
	kind: z.enum(['billing', 'postal', 'shipping']),
	line1: z.string().optional(),
	line2: z.string().optional(),
	city: z.string().optional(),
	state: z.string().optional(),
	zip: z.string().optional(),
	country: z.string().optional(),
});

export const Contact = z.object({
	firstName: z.string().optional(),
	lastName: z.string().optional(),
	email: z.string().optional(),
	phone: z.string().optional(),
	mobile: z.string().optional(),
	fax: z.string().optional(),
});

export const Party = z.object({
	source: SourceRef,
	role: z.enum(['customer', 'vendor', 'contact']),
	kind: z.enum(['company', 'person']),
	name: z.string().min(1),
	printAs: z.string().optional(),
	taxId: z.string().optional(),
	currency: CurrencyCode.optional(),
	active: z.boolean(),
	email: z.string().optional(),
	contact: Contact.optional(),
	addresses: z.array(Address),
	/** Location or property code, looked up in the dimensions table. */
	dimensionCode: z.string().optional(),
	paymentTerm: z.string().optional(),
});
export type Party = z.infer<typeof Party>;

export const DimensionRefs = z.object({
	/** Location or property code of the source, resolved through the dimensions table. */
	dimensionCode: z.string().optional(),
	/** Accounting-object / tracking code of the source line (Scoro finance object, Re-Leased tracking). */
	objectCode: z.string().optional(),
	projectCode: z.string().optional(),
});

export const LineKind = z.enum(['item', 'fee', 'lateFee', 'processingFee', 'discount', 'tax']);

export const DocumentLine = z.object({
	lineNo: z.number().int().positive(),
	kind: LineKind,
	description: z.string(),
	quantity: Amount,
	unitPrice: Amount,
	/** Discount on the line, as a positive amount (same tax basis as the unit price). */
	discount: Amount,
	/** After discount, before tax. */
	net: Amount,
	tax: Amount,
	/** After discount, including tax. */
	gross: Amount,
	/** The source's account key (revenue account id, plan id, finance account, account code). */
	accountCode: z.string().optional(),
	/** A second key some systems use for the account (OfficeRnD plan). */
	planCode: z.string().optional(),
	taxCode: z.string().optional(),
	itemCode: z.string().optional(),
	periodStart: IsoDate.optional(),
	periodEnd: IsoDate.optional(),
	dims: DimensionRefs,
});
export type DocumentLine = z.infer<typeof DocumentLine>;

export const Totals = z.object({ net: Amount, tax: Amount, gross: Amount });

export const Allocation = z.object({
	/** The allocation's own id in the source, when it has one. */
	id: z.string().optional(),
	/** The document that supplies money or credit (credit note, payment, overpayment). */
	fromId: z.string(),
	/** The document it is applied to (usually an invoice). */
	toId: z.string(),
	toNumber: z.string().optional(),
	amount: Amount,
	date: IsoDate.optional(),
});
export type Allocation = z.infer<typeof Allocation>;

export const DocumentStatus = z.enum([
	'draft',
	'awaitingApproval',
	'submitted',
	'posted',
	'partiallyPaid',
	'paid',
	'voided',
]);

export const Document = z.object({
	source: SourceRef,
	type: z.enum(['invoice', 'creditNote', 'debitNote', 'bill', 'vendorCredit']),
	partyId: z.string(),
	partyRole: z.enum(['customer', 'vendor']),
	number: z.string().optional(),
	reference: z.string().optional(),
	description: z.string().optional(),
	issueDate: IsoDate,
	dueDate: IsoDate.optional(),
	postingDate: IsoDate.optional(),
	currency: CurrencyCode,
	/** Source rate: units of base currency per unit of document currency. */
	exchangeRate: Amount.optional(),
	taxMode: z.enum(['exclusive', 'inclusive', 'none']),
	lines: z.array(DocumentLine).min(1),
	totals: Totals,
	status: DocumentStatus,
	sourceStatus: z.string(),
	dims: DimensionRefs,
	/** Documents this one credits (credit notes); a debitNote (Intacct debit memo) adds to what is owed. */
	credits: z.array(z.string()),
	allocations: z.array(Allocation),
});
export type Document = z.infer<typeof Document>;

export const PaymentKind = z.enum(['payment', 'overpayment', 'advance', 'refund']);

export const Payment = z.object({
	source: SourceRef,
	kind: PaymentKind,
	partyId: z.string().optional(),
	partyRole: z.enum(['customer', 'vendor']),
	date: IsoDate,
	amount: Amount,
	currency: CurrencyCode,
	exchangeRate: Amount.optional(),
	method: z.string().optional(),
	reference: z.string().optional(),
	description: z.string().optional(),
	status: z.enum(['draft', 'received', 'pending', 'failed', 'reversed', 'deleted', 'refunded']),
	sourceStatus: z.string(),
	allocations: z.array(Allocation),
	/** The part not applied to any document (overpayment). */
	unallocated: Amount,
	dims: DimensionRefs,
});
export type Payment = z.infer<typeof Payment>;

/**
 * Money paid back to a customer out of a credit they hold: a credit note (OfficeRnD "Add Refund"
 * on a credit note, a charge with status "refund") or an overpayment. In Intacct it becomes a debit
 * memo on the bank/clearing account settled by the credit (see intacct.ts createRefundDebitMemo).
 */
export const Refund = z.object({
	source: SourceRef,
	partyId: z.string(),
	partyRole: z.enum(['customer', 'vendor']),
	date: IsoDate,
	/** Positive: the amount paid back, in the currency of the credit. */
	amount: Amount,
	currency: CurrencyCode,
	exchangeRate: Amount.optional(),
	/** The source's payment method or account the money left through (looked up in paymentMethods). */
	method: z.string().optional(),
	reference: z.string().optional(),
	/** The credit refunded. */
	refunds: z.object({ type: z.enum(['creditNote', 'overpayment']), id: z.string(), number: z.string().optional() }),
	dims: DimensionRefs,
});
export type Refund = z.infer<typeof Refund>;

export const Account = z.object({
	source: SourceRef,
	code: z.string(),
	name: z.string(),
	kind: z.enum(['sales', 'purchases', 'both', 'balance']),
	active: z.boolean(),
});
export type Account = z.infer<typeof Account>;

export const TaxCode = z.object({
	source: SourceRef,
	code: z.string(),
	name: z.string(),
	rate: Amount,
	usage: z.enum(['sales', 'purchases']),
	active: z.boolean(),
});
export type TaxCode = z.infer<typeof TaxCode>;

export const DimensionValue = z.object({
	source: SourceRef,
	dimension: z.string(),
	code: z.string(),
	name: z.string(),
	parentCode: z.string().optional(),
	active: z.boolean(),
});
export type DimensionValue = z.infer<typeof DimensionValue>;
