import type { StoredRecord } from '../../core/store';
import { asArray, child, isObject, type XmlValue } from '../xml';
import {
	AR_ERR,
	baseCurrency,
	exchangeRate,
	failWith,
	findBy,
	fmt,
	genericDate,
	legacyDate,
	num,
	owningEntity,
	requireAccount,
	requireCustomer,
	requireLocation,
	round2,
	stateFor,
	text,
} from './arCommon';
import type { IntacctFunctionContext, IntacctFunctionHandler } from './types';

/**
 * ARPYMT (generic create; notes §4.5): details pay invoices (RECORDKEY) or debit memos (POSADJKEY)
 * and apply credits inline: credit memos (ADJUSTMENTKEY), advances (ADVANCEKEY) and earlier
 * overpayments (OVERPAYMENTKEY). Applying updates the documents' TOTALPAID / TOTALDUE / STATE.
 */

const LABEL = 'AR Payment';
export const AR_PAYMENT_METHODS = [
	'Printed Check',
	'Cash',
	'EFT',
	'Credit Card',
	'Online Charge Card',
	'Online ACH Debit',
];

type Target = { collection: 'ARINVOICE' | 'ARADJUSTMENT'; record: StoredRecord };
type Source = { collection: 'ARADJUSTMENT' | 'ARADVANCE' | 'ARPYMT'; record: StoredRecord };

export interface Application {
	target: Target;
	amount: number;
	source?: Source;
	/** Detail fields as stored on ARPYMTDETAIL. */
	fields: Record<string, string>;
}

/** Moves `amount` (transaction currency) of a document from due to paid; negative undoes. */
export function settle(
	ctx: IntacctFunctionContext,
	collection: string,
	rec: StoredRecord,
	amount: number,
	whenPaid: string,
): void {
	const current = ctx.sys.store.get(collection, rec.id)!;
	const rate = num(current.fields.EXCHANGE_RATE) || 1;
	const sign = num(current.fields.TRX_TOTALENTERED) < 0 ? -1 : 1;
	const paid = round2(num(current.fields.TRX_TOTALPAID) + sign * amount);
	const due = round2(num(current.fields.TRX_TOTALENTERED) - paid);
	const state = stateFor(num(current.fields.TRX_TOTALENTERED), paid, false);
	ctx.sys.store.update(collection, rec.id, {
		TRX_TOTALPAID: fmt(paid),
		TRX_TOTALDUE: fmt(due),
		TOTALPAID: fmt(paid * rate),
		TOTALDUE: fmt(due * rate),
		STATE: state,
		...(collection === 'ARINVOICE' ? { WHENPAID: state === 'Paid' ? whenPaid : '' } : {}),
	});
	if (collection === 'ARINVOICE') waterfall(ctx, rec.id, amount);
}

/** Line totals follow the header by the waterfall method (notes §4.5: without ENTRYKEY). */
function waterfall(ctx: IntacctFunctionContext, invoiceKey: string, amount: number): void {
	const lines = ctx.sys.store
		.list('ARINVOICEITEM')
		.filter((l) => String(l.fields.RECORDKEY) === invoiceKey)
		.sort((a, b) => num(a.fields.LINE_NO) - num(b.fields.LINE_NO));
	let left = amount;
	for (const l of amount >= 0 ? lines : [...lines].reverse()) {
		if (round2(left) === 0) break;
		const due = num(l.fields.TRX_TOTALDUE);
		const paid = num(l.fields.TRX_TOTALPAID);
		const take = left >= 0 ? Math.min(left, Math.max(0, due)) : Math.max(left, -paid);
		if (take === 0) continue;
		ctx.sys.store.update('ARINVOICEITEM', l.id, { TRX_TOTALPAID: fmt(paid + take), TRX_TOTALDUE: fmt(due - take) });
		left = round2(left - take);
	}
}

/** Available credit of a source document (positive). */
function available(src: Source): number {
	if (src.collection === 'ARADJUSTMENT') return -num(src.record.fields.TRX_TOTALDUE);
	if (src.collection === 'ARADVANCE') return num(src.record.fields.TRX_TOTALDUE);
	return num(src.record.fields.OVERPAYMENTREMAINING);
}

export function useCredit(ctx: IntacctFunctionContext, src: Source, amount: number, when: string): void {
	if (src.collection === 'ARPYMT') {
		const cur = ctx.sys.store.get('ARPYMT', src.record.id)!;
		ctx.sys.store.update('ARPYMT', cur.id, {
			OVERPAYMENTREMAINING: fmt(num(cur.fields.OVERPAYMENTREMAINING) - amount),
		});
		return;
	}
	// A credit memo's "paid" grows toward its (negative) total; an advance's due shrinks.
	settle(ctx, src.collection, src.record, amount, when);
}

function readDetail(
	ctx: IntacctFunctionContext,
	d: XmlValue,
	i: number,
	customerId: string,
	currency: string,
): Application[] {
	const where = `ARPYMTDETAILS/ARPYMTDETAIL[${i + 1}]`;
	const invoiceKey = text(d, 'RECORDKEY');
	const debitMemoKey = text(d, 'POSADJKEY');
	if (!invoiceKey && !debitMemoKey)
		failWith('create', LABEL, AR_ERR.required(`${where}/RECORDKEY or POSADJKEY`, LABEL));
	const target: Target = invoiceKey
		? { collection: 'ARINVOICE', record: ctx.sys.store.get('ARINVOICE', invoiceKey)! }
		: { collection: 'ARADJUSTMENT', record: ctx.sys.store.get('ARADJUSTMENT', debitMemoKey)! };
	const key = invoiceKey || debitMemoKey;
	if (!target.record)
		failWith(
			'create',
			LABEL,
			AR_ERR.invalidReference(
				invoiceKey ? 'Invoice' : 'Debit Memo',
				key,
				`${where}/${invoiceKey ? 'RECORDKEY' : 'POSADJKEY'}`,
			),
		);
	const f = target.record.fields;
	if (!invoiceKey && num(f.TRX_TOTALENTERED) <= 0) {
		failWith(
			'create',
			LABEL,
			AR_ERR.rule(`${where}/POSADJKEY ${key} is not a debit memo.`, 'Credit memos are applied with ADJUSTMENTKEY.'),
		);
	}
	if (['Draft', 'Reversed'].includes(String(f.STATE))) {
		failWith('create', LABEL, AR_ERR.rule(`${where}: document ${key} is ${String(f.STATE)} and cannot be paid.`));
	}
	if (customerId && f.CUSTOMERID !== customerId) {
		failWith(
			'create',
			LABEL,
			AR_ERR.rule(`${where}: document ${key} belongs to customer '${String(f.CUSTOMERID)}', not '${customerId}'.`),
		);
	}
	if (f.CURRENCY !== currency) {
		failWith(
			'create',
			LABEL,
			AR_ERR.rule(
				`${where}: document ${key} is in ${String(f.CURRENCY)}; the payment is in ${currency}.`,
				'Pay each currency separately.',
			),
		);
	}
	const apps: Application[] = [];
	const cash = text(d, 'TRX_PAYMENTAMOUNT');
	if (cash) apps.push({ target, amount: round2(num(cash)), fields: { TRX_PAYMENTAMOUNT: fmt(num(cash)) } });
	const credits: Array<[string, string, Source['collection'], string]> = [
		['ADJUSTMENTKEY', 'TRX_ADJUSTMENTAMOUNT', 'ARADJUSTMENT', 'Credit Memo'],
		['ADVANCEKEY', 'TRX_POSTEDADVANCEAMOUNT', 'ARADVANCE', 'Advance'],
		['OVERPAYMENTKEY', 'TRX_POSTEDOVERPAYMENTAMOUNT', 'ARPYMT', 'Overpayment'],
	];
	for (const [keyField, amountField, collection, what] of credits) {
		const srcKey = text(d, keyField);
		if (!srcKey) continue;
		const record = ctx.sys.store.get(collection, srcKey);
		if (!record || record.fields.CUSTOMERID !== f.CUSTOMERID) {
			failWith('create', LABEL, AR_ERR.invalidReference(what, srcKey, `${where}/${keyField}`));
		}
		if (collection === 'ARADJUSTMENT' && num(record.fields.TRX_TOTALENTERED) >= 0) {
			failWith(
				'create',
				LABEL,
				AR_ERR.rule(`${where}/ADJUSTMENTKEY ${srcKey} is not a credit memo.`, 'Debit memos are paid with POSADJKEY.'),
			);
		}
		const amount = round2(num(text(d, amountField)));
		if (amount <= 0) failWith('create', LABEL, AR_ERR.required(`${where}/${amountField}`, LABEL));
		apps.push({
			target,
			amount,
			source: { collection, record },
			fields: { [keyField]: srcKey, [amountField]: fmt(amount) },
		});
	}
	if (apps.length === 0)
		failWith('create', LABEL, AR_ERR.required(`${where}/TRX_PAYMENTAMOUNT (or a credit to apply)`, LABEL));
	return apps;
}

function paymentAccount(ctx: IntacctFunctionContext, el: XmlValue): Record<string, string> {
	const bank = text(el, 'FINANCIALENTITY');
	const undeposited = text(el, 'UNDEPOSITEDACCOUNTNO');
	const batch = text(el, 'PRBATCH') || text(el, 'PRBATCHKEY');
	if (!bank && !undeposited && !batch) {
		failWith('create', LABEL, AR_ERR.required('FINANCIALENTITY, UNDEPOSITEDACCOUNTNO or PRBATCH', LABEL));
	}
	if (bank && !findBy(ctx, 'CHECKINGACCOUNT', 'BANKACCOUNTID', bank)) {
		failWith('create', LABEL, AR_ERR.invalidReference('Bank Account', bank, 'FINANCIALENTITY'));
	}
	if (undeposited) requireAccount(ctx, undeposited, 'UNDEPOSITEDACCOUNTNO', 'create', LABEL);
	return { FINANCIALENTITY: bank, UNDEPOSITEDACCOUNTNO: undeposited };
}

/** Generic create of one ARPYMT element. */
export function createPayment(ctx: IntacctFunctionContext, el: XmlValue): StoredRecord {
	const method = text(el, 'PAYMENTMETHOD');
	if (!AR_PAYMENT_METHODS.includes(method)) {
		failWith(
			'create',
			LABEL,
			method
				? AR_ERR.rule(`PAYMENTMETHOD '${method}' is not valid.`, `Use one of: ${AR_PAYMENT_METHODS.join(', ')}.`)
				: AR_ERR.required('PAYMENTMETHOD', LABEL),
		);
	}
	const receiptDate = genericDate(text(el, 'RECEIPTDATE'), 'RECEIPTDATE', LABEL);
	if (!receiptDate) failWith('create', LABEL, AR_ERR.required('RECEIPTDATE', LABEL));
	const currency = text(el, 'CURRENCY');
	if (!currency) failWith('create', LABEL, AR_ERR.required('CURRENCY', LABEL));
	const customerId = text(el, 'CUSTOMERID');
	const customer = customerId ? requireCustomer(ctx, customerId, 'CUSTOMERID', 'create', LABEL) : undefined;
	if (!customer && !text(el, 'PAYERNAME'))
		failWith('create', LABEL, AR_ERR.required('CUSTOMERID (or PAYERNAME)', LABEL));
	const account = paymentAccount(ctx, el);
	const detailsEl = child(el, 'ARPYMTDETAILS');
	const details = asArray(isObject(detailsEl) ? detailsEl.ARPYMTDETAIL : undefined);
	const overpayment = round2(num(text(el, 'OVERPAYMENTAMOUNT')));
	if (details.length === 0 && overpayment <= 0)
		failWith('create', LABEL, AR_ERR.required('ARPYMTDETAILS/ARPYMTDETAIL', LABEL));
	const overpayLocation = text(el, 'OVERPAYMENTLOCATIONID');
	if (overpayment > 0) {
		// ASSUMED: in a multi-entity company an overpayment needs a location, as AR lines do (notes §1.7).
		requireLocation(ctx, overpayLocation || ctx.identity.locationid, 'OVERPAYMENTLOCATIONID', 'create', LABEL);
	}
	const apps = details.flatMap((d, i) => readDetail(ctx, d, i, customerId, currency));
	// Per document: what is applied must not exceed what is due; per credit: what is available.
	const byTarget = new Map<string, number>();
	const bySource = new Map<string, number>();
	for (const a of apps) {
		const tk = `${a.target.collection}:${a.target.record.id}`;
		byTarget.set(tk, round2((byTarget.get(tk) ?? 0) + a.amount));
		if (byTarget.get(tk)! > num(a.target.record.fields.TRX_TOTALDUE)) {
			failWith(
				'create',
				LABEL,
				AR_ERR.rule(
					`The amount applied to ${a.target.collection === 'ARINVOICE' ? 'invoice' : 'debit memo'} ${a.target.record.id} (${fmt(byTarget.get(tk)!)}) exceeds its amount due (${String(a.target.record.fields.TRX_TOTALDUE)}).`,
					'Record the excess as OVERPAYMENTAMOUNT.',
				),
			);
		}
		if (a.source) {
			const sk = `${a.source.collection}:${a.source.record.id}`;
			bySource.set(sk, round2((bySource.get(sk) ?? 0) + a.amount));
			if (bySource.get(sk)! > available(a.source)) {
				failWith(
					'create',
					LABEL,
					AR_ERR.rule(
						`The credit applied from ${a.source.collection} ${a.source.record.id} (${fmt(bySource.get(sk)!)}) exceeds what is available (${fmt(available(a.source))}).`,
					),
				);
			}
		}
	}
	const cash = round2(apps.filter((a) => !a.source).reduce((s, a) => s + a.amount, 0) + overpayment);
	const base = baseCurrency(ctx);
	const rate = exchangeRate(currency, base, text(el, 'EXCHANGE_RATE'), text(el, 'EXCH_RATE_TYPE_ID'), LABEL, 'create');
	const draft = text(el, 'ACTION') === 'Draft';
	const payment = ctx.sys.store.insert('ARPYMT', {
		CUSTOMERID: customerId,
		CUSTOMERNAME: String(customer?.fields.NAME ?? text(el, 'PAYERNAME')),
		PAYMENTMETHOD: method,
		...account,
		DOCNUMBER: text(el, 'DOCNUMBER'),
		DESCRIPTION: text(el, 'DESCRIPTION'),
		STATE: draft ? 'Draft' : 'Posted',
		RECEIPTDATE: receiptDate,
		PAYMENTDATE: genericDate(text(el, 'PAYMENTDATE'), 'PAYMENTDATE', LABEL) || receiptDate,
		WHENREVERSED: '',
		CURRENCY: currency,
		BASECURR: base,
		EXCH_RATE_TYPE_ID: currency === base ? '' : text(el, 'EXCH_RATE_TYPE_ID'),
		EXCHANGE_RATE: String(rate),
		TOTALENTERED: fmt(cash * rate),
		TOTALPAID: fmt(cash * rate),
		TOTALDUE: '0.00',
		TRX_TOTALENTERED: fmt(cash),
		TRX_TOTALPAID: fmt(cash),
		TRX_TOTALDUE: '0.00',
		OVERPAYMENTAMOUNT: fmt(overpayment),
		OVERPAYMENTREMAINING: fmt(overpayment),
		OVERPAYMENTLOCATIONID: overpayLocation,
		OVERPAYMENTDEPARTMENTID: text(el, 'OVERPAYMENTDEPARTMENTID'),
		REVERSALKEY: '',
		MEGAENTITYID: owningEntity(ctx),
	});
	for (const a of apps) {
		ctx.sys.store.insert('ARPYMTDETAIL', {
			PAYMENTKEY: payment.id,
			[a.target.collection === 'ARINVOICE' ? 'RECORDKEY' : 'POSADJKEY']: a.target.record.id,
			...a.fields,
			MEGAENTITYID: owningEntity(ctx),
		});
		if (draft) continue;
		settle(ctx, a.target.collection, a.target.record, a.amount, receiptDate);
		if (a.source) useCredit(ctx, a.source, a.amount, receiptDate);
	}
	return payment;
}

/** Undo every application of a posted payment (reverse and delete). */
export function unapply(ctx: IntacctFunctionContext, payment: StoredRecord, verb: string): void {
	if (num(payment.fields.OVERPAYMENTREMAINING) !== num(payment.fields.OVERPAYMENTAMOUNT)) {
		failWith(
			verb,
			LABEL,
			AR_ERR.rule(
				`The overpayment of payment ${payment.id} was applied by a later payment.`,
				'Reverse that payment first.',
			),
		);
	}
	const details = ctx.sys.store.list('ARPYMTDETAIL').filter((d) => String(d.fields.PAYMENTKEY) === payment.id);
	if (payment.fields.STATE === 'Draft') return;
	for (const d of details) {
		const f = d.fields;
		const target = f.RECORDKEY
			? { c: 'ARINVOICE', id: String(f.RECORDKEY) }
			: { c: 'ARADJUSTMENT', id: String(f.POSADJKEY) };
		const targetRec = ctx.sys.store.get(target.c, target.id);
		const pairs: Array<[string, string, 'ARADJUSTMENT' | 'ARADVANCE' | 'ARPYMT' | undefined]> = [
			['', 'TRX_PAYMENTAMOUNT', undefined],
			['ADJUSTMENTKEY', 'TRX_ADJUSTMENTAMOUNT', 'ARADJUSTMENT'],
			['ADVANCEKEY', 'TRX_POSTEDADVANCEAMOUNT', 'ARADVANCE'],
			['OVERPAYMENTKEY', 'TRX_POSTEDOVERPAYMENTAMOUNT', 'ARPYMT'],
		];
		for (const [keyField, amountField, collection] of pairs) {
			const amount = num(f[amountField]);
			if (!amount) continue;
			if (targetRec) settle(ctx, target.c, targetRec, -amount, '');
			if (collection && keyField) {
				const src = ctx.sys.store.get(collection, String(f[keyField]));
				if (src) useCredit(ctx, { collection, record: src }, -amount, '');
			}
		}
	}
}

/** reverse_arpayment key=RECORDNO with datereversed (notes §4.5). */
export const reverse_arpayment: IntacctFunctionHandler = (ctx, el) => {
	const key = (isObject(el) ? (el['@_key'] as string | undefined) : undefined) ?? '';
	const payment = ctx.sys.store.get('ARPYMT', key);
	if (!payment) failWith('reverse', LABEL, AR_ERR.notFound(LABEL, key));
	if (payment.fields.STATE !== 'Posted') {
		failWith(
			'reverse',
			LABEL,
			AR_ERR.rule(`Payment ${key} is ${String(payment.fields.STATE)} and cannot be reversed.`),
		);
	}
	unapply(ctx, payment, 'reverse');
	ctx.sys.store.update('ARPYMT', payment.id, {
		STATE: 'Reversed',
		WHENREVERSED: legacyDate(el, 'datereversed'),
		REVERSALDESCRIPTION: text(el, 'description'),
		OVERPAYMENTREMAINING: '0.00',
	});
	return { key: payment.id };
};

export function deletePayment(ctx: IntacctFunctionContext, payment: StoredRecord): void {
	if (payment.fields.STATE === 'Posted') unapply(ctx, payment, 'delete');
	for (const d of ctx.sys.store.list('ARPYMTDETAIL'))
		if (String(d.fields.PAYMENTKEY) === payment.id) ctx.sys.store.delete('ARPYMTDETAIL', d.id);
	ctx.sys.store.delete('ARPYMT', payment.id);
}

export { owningEntity };
