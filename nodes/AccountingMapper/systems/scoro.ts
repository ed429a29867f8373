import type { IDataObject } from 'n8n-workflow';
import { z } from 'zod';
import { DataError, type RecordRef } from '../model/errors';
import { currencyDecimals, Dec, sum } from '../model/decimal';
import { strictCurrency, strictIsoDate } from '../model/strict';
import type { Account, DimensionValue, Document, DocumentLine, Payment, TaxCode } from '../model/schemas';
import { allocateRounded, checkAgainstSource } from '../model/totals';
import type { Lookup } from '../mappings/resolve';
import { SCORO } from './assumptions';

/**
 * Scoro (API v2): reads its records, exactly as the Scoro node's read operations output them
 * (the `view` shape: lines filled), into the canonical model, and writes the model into Scoro's
 * write shapes (the `request` object of a modify call). Field names: scoro-api.md §3 and the
 * Scoro sandbox (sandbox/scoro): line `sum` = price x amount x (1 - discount%), VAT per line from
 * its code, document `vat_sum` rounded once on the document.
 */

const num = z.union([z.number(), z.string()]);
const optNum = num.nullish();
const optStr = z.string().nullish();
const idLike = z.union([z.number(), z.string()]);

export const ScoroLine = z
	.object({
		id: idLike.nullish(),
		comment: optStr,
		price: num,
		amount: num,
		discount: optNum,
		sum: optNum,
		vat: optNum,
		vat_code_id: idLike.nullish(),
		finance_account_id: idLike.nullish(),
		finance_object_id: idLike.nullish(),
		project_id: idLike.nullish(),
		product_code: optStr,
	})
	.passthrough();

export const ScoroDocument = z
	.object({
		no: idLike.nullish(),
		date: z.string(),
		deadline: optStr,
		currency: z.string().regex(/^[A-Za-z]{3}$/),
		currency_rate: optNum,
		status: optStr,
		company_id: idLike.nullish(),
		person_id: idLike.nullish(),
		reference_no: optStr,
		description: optStr,
		sum: optNum,
		vat_sum: optNum,
		account_id: optStr,
		credited_invoices: z.array(idLike).nullish(),
		lines: z.array(ScoroLine).nullable(),
		modified_date: optStr,
		created_date: optStr,
	})
	.passthrough();

export const ScoroReceiptGroup = z
	.object({
		id: idLike,
		date: z.string(),
		contact_id: idLike.nullish(),
		sum: num,
		currency: optStr,
		sales_doc_type: z.enum(['invoices', 'bills', 'expenses']).nullish(),
		receipt_account_id: idLike.nullish(),
		receipts: z
			.array(
				z
					.object({
						receipt_id: idLike.nullish(),
						date: optStr,
						invoice_id: idLike.nullish(),
						prepayment_id: idLike.nullish(),
						sum: num,
					})
					.passthrough(),
			)
			.nullish(),
		modified_date: optStr,
		created_date: optStr,
		is_deleted: z.boolean().nullish(),
	})
	.passthrough();

const s = (v: unknown): string | undefined => (v === null || v === undefined || v === '' ? undefined : String(v));

function parse<T extends z.ZodTypeAny>(schema: T, record: unknown, type: string, idField: string): z.infer<T> {
	const parsed = schema.safeParse(record);
	if (parsed.success) return parsed.data;
	const rec = (record ?? {}) as Record<string, unknown>;
	const ref: RecordRef = { system: 'scoro', type, id: s(rec[idField]) ?? '(no id)' };
	const issue = parsed.error.issues[0]!;
	throw new DataError(
		ref,
		issue.path.join('.') || '(record)',
		`${issue.message}; is the input item a whole Scoro ${type} as the Scoro node views it (with lines)?`,
	);
}

function isoDate(value: string | null | undefined, ref: RecordRef, field: string): string | undefined {
	// Strict (luxon): 2025-02-30 or 2025-13-45 is a DataError naming the field, never passed on.
	return strictIsoDate(value, ref, field);
}

export type ScoroDocType = 'invoice' | 'creditInvoice' | 'bill';

/**
 * An invoice, credit invoice or bill. Lines keep Scoro's own rounded `sum` as their net; the
 * document's VAT (rounded once by Scoro) is spread over the lines in whole minor units, so every
 * line has its tax and the lines add up to `sum` and `vat_sum` exactly, or the record fails.
 */
export function readDocument(record: unknown, kind: ScoroDocType): Document {
	const idField = 'id';
	const doc = parse(ScoroDocument, record, kind, idField);
	const id = s((record as Record<string, unknown>)[idField]);
	const ref: RecordRef = { system: 'scoro', type: kind, id: id ?? '(no id)', number: s(doc.no) };
	if (!id) throw new DataError(ref, 'id', 'is missing');
	if (!doc.lines)
		throw new DataError(ref, 'lines', 'are null: Scoro lists documents without lines; read the document with View');
	if (!doc.lines.length) throw new DataError(ref, 'lines', 'the document has no lines');
	const currency = strictCurrency(doc.currency, ref, 'currency');
	const dp = currencyDecimals(currency);
	const credits = (doc.credited_invoices ?? []).map(String);
	const isCredit = credits.length > 0 || (doc.sum !== undefined && doc.sum !== null && Dec.from(doc.sum).isNegative());
	if (kind === 'creditInvoice' && !isCredit)
		throw new DataError(
			ref,
			'credited_invoices',
			'is empty and the sum is not negative: this is an invoice, not a credit invoice',
		);
	if (kind === 'invoice' && isCredit)
		throw new DataError(ref, 'credited_invoices', 'the invoice credits other invoices: convert it as a credit invoice');
	// ASSUMPTION (SCORO.creditInvoiceMarker): credit invoices carry negative quantities; the model keeps credits positive.
	const sign = isCredit ? -1 : 1;
	const prepared = doc.lines.map((l, i) => {
		const field = `lines[${i + 1}]`;
		const quantity = Dec.from(l.amount, `${field}.amount`).mul(sign);
		const unitPrice = Dec.from(l.price, `${field}.price`);
		const extended = quantity.mul(unitPrice);
		const pct = Dec.opt(l.discount, Dec.ZERO, `${field}.discount`);
		// ASSUMPTION (SCORO.lineSumExcludesVat): sum = price x amount x (1 - discount%), without VAT.
		const computed = extended.sub(extended.mul(pct).mul('0.01'));
		const net = l.sum === undefined || l.sum === null ? computed.round(dp) : Dec.from(l.sum, `${field}.sum`).mul(sign);
		checkAgainstSource(ref, `${field}.sum`, computed, net, currency, 'the line sum');
		if (l.vat === undefined || l.vat === null) {
			if (l.vat_code_id !== undefined && l.vat_code_id !== null)
				throw new DataError(ref, `${field}.vat`, 'the VAT percent is missing; read the document with View');
		}
		const vatPct = Dec.opt(l.vat, Dec.ZERO, `${field}.vat`);
		return { l, quantity, unitPrice, net, discount: extended.sub(net), exactTax: net.mul(vatPct).mul('0.01') };
	});
	const netTotal = sum(prepared.map((p) => p.net));
	checkAgainstSource(
		ref,
		'sum',
		netTotal,
		doc.sum === undefined || doc.sum === null ? undefined : Dec.from(doc.sum).mul(sign),
		currency,
		'the document sum',
	);
	const statedTax =
		doc.vat_sum === undefined || doc.vat_sum === null
			? sum(prepared.map((p) => p.exactTax)).round(dp)
			: Dec.from(doc.vat_sum).mul(sign);
	checkAgainstSource(ref, 'vat_sum', sum(prepared.map((p) => p.exactTax)), statedTax, currency, 'the document VAT');
	const taxes = allocateRounded(
		prepared.map((p) => p.exactTax),
		statedTax,
		dp,
	);
	const lines: DocumentLine[] = prepared.map((p, i) => ({
		lineNo: i + 1,
		kind: 'item',
		description: p.l.comment ?? '',
		quantity: p.quantity.toString(),
		unitPrice: p.unitPrice.toString(),
		discount: p.discount.toString(),
		net: p.net.toString(),
		tax: taxes[i]!.toString(),
		gross: p.net.add(taxes[i]!).toString(),
		accountCode: s(p.l.finance_account_id),
		taxCode: s(p.l.vat_code_id),
		itemCode: s(p.l.product_code),
		dims: { objectCode: s(p.l.finance_object_id), projectCode: s(p.l.project_id) },
	}));
	const partyId = s(doc.company_id) ?? s(doc.person_id);
	if (!partyId) throw new DataError(ref, 'company_id', 'the document has neither a company nor a person');
	return {
		source: {
			system: 'scoro',
			type: kind,
			id,
			version: doc.modified_date ?? doc.created_date ?? 'v0',
			number: s(doc.no),
		},
		type: kind === 'bill' ? (isCredit ? 'vendorCredit' : 'bill') : isCredit ? 'creditNote' : 'invoice',
		partyId,
		partyRole: kind === 'bill' ? 'vendor' : 'customer',
		number: s(doc.no),
		reference: s(doc.reference_no),
		description: s(doc.description),
		issueDate: isoDate(doc.date, ref, 'date')!,
		dueDate: isoDate(doc.deadline, ref, 'deadline'),
		currency,
		exchangeRate: s(doc.currency_rate),
		taxMode: 'exclusive',
		lines,
		totals: { net: netTotal.toString(), tax: statedTax.toString(), gross: netTotal.add(statedTax).toString() },
		status: doc.status === 'paid' ? 'paid' : 'posted',
		sourceStatus: doc.status ?? '',
		dims: { dimensionCode: s(doc.account_id) },
		credits,
		allocations: [],
	};
}

/**
 * The memo (Intacct DESCRIPTION) of a payment written from a Scoro receipt group. It marks the
 * payment's origin so Intacct → Scoro never sends it back as a second receipt (no ping-pong).
 */
export const SCORO_RECEIPT_MEMO_PREFIX = 'Scoro receipt ';
export const SCORO_RECEIPT_MEMO = /^Scoro receipt (\d+)\b/;

export function scoroReceiptMemo(receiptGroupId: string): string {
	return `${SCORO_RECEIPT_MEMO_PREFIX}${receiptGroupId}`;
}

/** The Scoro receipt group a payment memo names, or undefined when the payment was not written from Scoro. */
export function scoroReceiptOf(memo: unknown): string | undefined {
	return typeof memo === 'string' ? SCORO_RECEIPT_MEMO.exec(memo.trim())?.[1] : undefined;
}

/** A receipt group: money received for invoices (or paid for bills), one receipt per document. */
export function readReceiptGroup(record: unknown): Payment {
	const g = parse(ScoroReceiptGroup, record, 'receipt', 'id');
	const ref: RecordRef = { system: 'scoro', type: 'receipt', id: String(g.id) };
	if (g.is_deleted) throw new DataError(ref, 'is_deleted', 'the receipt is deleted in Scoro');
	if (!g.currency) throw new DataError(ref, 'currency', 'is missing');
	const amount = Dec.from(g.sum, 'sum');
	const allocations = (g.receipts ?? []).map((r, i) => {
		const invoice = s(r.invoice_id);
		if (!invoice)
			throw new DataError(
				ref,
				`receipts[${i + 1}].invoice_id`,
				r.prepayment_id ? 'pays a prepayment invoice; prepayments are not synced' : 'is missing',
			);
		return {
			id: s(r.receipt_id),
			fromId: String(g.id),
			toId: invoice,
			amount: Dec.from(r.sum, `receipts[${i + 1}].sum`).toString(),
			date: isoDate(r.date, ref, `receipts[${i + 1}].date`),
		};
	});
	const allocated = sum(allocations.map((a) => Dec.from(a.amount)));
	checkAgainstSource(ref, 'sum', allocated, amount, g.currency.toUpperCase(), 'the receipts');
	return {
		source: { system: 'scoro', type: 'receipt', id: String(g.id), version: g.modified_date ?? g.created_date ?? 'v0' },
		kind: 'payment',
		partyId: s(g.contact_id),
		partyRole: g.sales_doc_type === 'bills' ? 'vendor' : 'customer',
		date: isoDate(g.date, ref, 'date')!,
		amount: amount.toString(),
		currency: strictCurrency(g.currency, ref, 'currency'),
		method: s(g.receipt_account_id),
		description: scoroReceiptMemo(String(g.id)),
		status: 'received',
		sourceStatus: g.sales_doc_type ?? 'invoices',
		allocations,
		unallocated: '0',
		dims: {},
	};
}

// ---------------------------------------------------------------------------------------------
// Writers (the `request` of a Scoro modify call)
// ---------------------------------------------------------------------------------------------

/** A Scoro bill from a canonical bill (Intacct AP bill → Scoro). VAT is Scoro's to compute from the code. */
export function billRequest(lookup: Lookup, doc: Document, contactId: string): IDataObject {
	const dp = currencyDecimals(doc.currency);
	const lines = doc.lines.map((line) => {
		const field = `lines[${line.lineNo}]`;
		const account = lookup.value('accounts', 'target', `${field}.account`, line.accountCode);
		const vat = line.taxCode ? lookup.value('taxCodes', 'target', `${field}.taxDetail`, line.taxCode) : undefined;
		const object = line.dims.objectCode
			? lookup.value('dimensions', 'target', `${field}.dimension`, line.dims.objectCode)
			: undefined;
		return {
			comment: line.description,
			price: Number(Dec.from(line.net).toFixed(dp)),
			amount: 1,
			discount: 0,
			finance_account_id: Number.isNaN(Number(account)) ? account : Number(account),
			...(vat !== undefined ? { vat_code_id: Number.isNaN(Number(vat)) ? vat : Number(vat) } : {}),
			...(object !== undefined ? { finance_object_id: Number.isNaN(Number(object)) ? object : Number(object) } : {}),
		};
	});
	return {
		no: doc.number ?? doc.source.id,
		company_id: Number.isNaN(Number(contactId)) ? contactId : Number(contactId),
		date: doc.issueDate,
		...(doc.dueDate ? { deadline: doc.dueDate } : {}),
		currency: doc.currency,
		...(doc.exchangeRate ? { currency_rate: Number(doc.exchangeRate) } : {}),
		...(doc.reference ? { reference_no: doc.reference } : {}),
		...(doc.description ? { description: doc.description } : {}),
		status: doc.status === 'paid' ? 'paid' : 'unpaid',
		lines,
	};
}

export { SCORO };

/** A Scoro VAT code (vatCodes modify) from an Intacct tax detail. */
export function vatCodeRequest(tax: TaxCode): IDataObject {
	return {
		vat_code: tax.code,
		percent: Number(tax.rate),
		vat_name: tax.name,
		is_sales: tax.usage === 'sales',
		is_purchases: tax.usage === 'purchases',
		is_active: tax.active,
	};
}

/** A Scoro finance account (financeAccounts modify) from an Intacct GL account. */
export function financeAccountRequest(account: Account): IDataObject {
	return {
		account_symbol: account.code,
		name: account.name,
		is_active: account.active,
		is_sales_account: account.kind === 'sales' || account.kind === 'both',
		is_purchases_account: account.kind === 'purchases' || account.kind === 'both',
	};
}

/** A Scoro accounting object (financeObjects) from an Intacct dimension value. */
export function financeObjectRequest(value: DimensionValue, groupName: string): IDataObject {
	return { object_symbol: value.code, name: value.name, parent_group_name: groupName };
}

/** A Scoro receipt group (receipts modify) from a canonical payment whose documents are Scoro ids. */
export function receiptRequest(
	payment: Payment,
	contactId: string,
	receiptAccountId: string,
	documentIds: string[],
	docType: 'invoices' | 'bills',
): IDataObject {
	const dp = currencyDecimals(payment.currency);
	const n = (v: string) => (Number.isNaN(Number(v)) ? v : Number(v));
	return {
		date: payment.date,
		contact_id: n(contactId),
		sum: Number(Dec.from(payment.amount).toFixed(dp)),
		currency: payment.currency,
		sales_doc_type: docType,
		receipt_account_id: n(receiptAccountId),
		receipts: payment.allocations.map((a, i) => ({
			invoice_id: n(documentIds[i]!),
			sum: Number(Dec.from(a.amount).toFixed(dp)),
			date: a.date ?? payment.date,
		})),
	};
}
