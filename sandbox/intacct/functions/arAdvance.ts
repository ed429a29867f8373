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
	num,
	owningEntity,
	requireAccount,
	requireCustomer,
	requireLocation,
	round2,
	text,
} from './arCommon';
import type { IntacctFunctionContext } from './types';

/** ARADVANCE (generic create; notes §4.6). Its TRX_TOTALDUE is what is left to apply. */
const LABEL = 'AR Advance';
export const AR_ADVANCE_METHODS = ['Printed Check', 'Cash', 'EFT', 'Credit Card'];

export function createAdvance(ctx: IntacctFunctionContext, el: XmlValue): StoredRecord {
	const customer = requireCustomer(ctx, text(el, 'CUSTOMERID'), 'CUSTOMERID', 'create', LABEL);
	const method = text(el, 'PAYMENTMETHOD');
	if (!AR_ADVANCE_METHODS.includes(method)) {
		failWith(
			'create',
			LABEL,
			method
				? AR_ERR.rule(`PAYMENTMETHOD '${method}' is not valid.`, `Use one of: ${AR_ADVANCE_METHODS.join(', ')}.`)
				: AR_ERR.required('PAYMENTMETHOD', LABEL),
		);
	}
	const paymentDate = genericDate(text(el, 'PAYMENTDATE'), 'PAYMENTDATE', LABEL);
	const receiptDate = genericDate(text(el, 'RECEIPTDATE'), 'RECEIPTDATE', LABEL);
	if (!paymentDate) failWith('create', LABEL, AR_ERR.required('PAYMENTDATE', LABEL));
	if (!receiptDate) failWith('create', LABEL, AR_ERR.required('RECEIPTDATE', LABEL));
	const bank = text(el, 'FINANCIALENTITY');
	const undeposited = text(el, 'UNDEPOSITEDACCOUNTNO');
	if (!bank && !undeposited && !text(el, 'PRBATCH') && !text(el, 'PRBATCHKEY')) {
		failWith('create', LABEL, AR_ERR.required('FINANCIALENTITY, UNDEPOSITEDACCOUNTNO or PRBATCH', LABEL));
	}
	if (bank && !findBy(ctx, 'CHECKINGACCOUNT', 'BANKACCOUNTID', bank))
		failWith('create', LABEL, AR_ERR.invalidReference('Bank Account', bank, 'FINANCIALENTITY'));
	if (undeposited) requireAccount(ctx, undeposited, 'UNDEPOSITEDACCOUNTNO', 'create', LABEL);
	const itemsEl = child(el, 'ARADVANCEITEMS');
	const items = asArray(isObject(itemsEl) ? itemsEl.ARADVANCEITEM : undefined);
	if (items.length === 0) failWith('create', LABEL, AR_ERR.required('ARADVANCEITEMS/ARADVANCEITEM', LABEL));
	const lines = items.map((it, i) => {
		const where = `ARADVANCEITEMS/ARADVANCEITEM[${i + 1}]`;
		let account = text(it, 'ACCOUNTNO');
		if (!account && text(it, 'ACCOUNTLABEL'))
			account = String(findBy(ctx, 'GLACCOUNT', 'TITLE', text(it, 'ACCOUNTLABEL'))?.fields.ACCOUNTNO ?? '');
		if (!account) failWith('create', LABEL, AR_ERR.required(`${where}/ACCOUNTNO or ACCOUNTLABEL`, LABEL));
		requireAccount(ctx, account, `${where}/ACCOUNTNO`, 'create', LABEL);
		requireLocation(ctx, text(it, 'LOCATIONID'), `${where}/LOCATIONID`, 'create', LABEL);
		const amount = round2(num(text(it, 'TRX_AMOUNT')));
		if (amount <= 0) failWith('create', LABEL, AR_ERR.required(`${where}/TRX_AMOUNT (positive)`, LABEL));
		return {
			account,
			amount,
			location: text(it, 'LOCATIONID'),
			department: text(it, 'DEPARTMENTID'),
			memo: text(it, 'ENTRYDESCRIPTION'),
		};
	});
	const total = round2(lines.reduce((s, l) => s + l.amount, 0));
	const base = baseCurrency(ctx);
	const currency = text(el, 'CURRENCY') || base;
	const rate = exchangeRate(currency, base, text(el, 'EXCHANGE_RATE'), text(el, 'EXCH_RATE_TYPE_ID'), LABEL, 'create');
	const draft = text(el, 'ACTION') === 'Draft';
	const entity = owningEntity(ctx);
	const advance = ctx.sys.store.insert('ARADVANCE', {
		CUSTOMERID: text(el, 'CUSTOMERID'),
		CUSTOMERNAME: String(customer.fields.NAME ?? ''),
		PAYMENTMETHOD: method,
		FINANCIALENTITY: bank,
		UNDEPOSITEDACCOUNTNO: undeposited,
		DOCNUMBER: text(el, 'DOCNUMBER'),
		DESCRIPTION: text(el, 'DESCRIPTION'),
		STATE: draft ? 'Draft' : 'Posted',
		RECEIPTDATE: receiptDate,
		PAYMENTDATE: paymentDate,
		CURRENCY: currency,
		BASECURR: base,
		EXCH_RATE_TYPE_ID: currency === base ? '' : text(el, 'EXCH_RATE_TYPE_ID'),
		EXCHANGE_RATE: String(rate),
		TOTALENTERED: fmt(total * rate),
		TOTALPAID: '0.00',
		TOTALDUE: fmt(total * rate),
		TRX_TOTALENTERED: fmt(total),
		TRX_TOTALPAID: '0.00',
		TRX_TOTALDUE: fmt(total),
		MEGAENTITYID: entity,
	});
	lines.forEach((l, i) =>
		ctx.sys.store.insert('ARADVANCEITEM', {
			RECORDKEY: advance.id,
			LINE_NO: String(i + 1),
			ACCOUNTNO: l.account,
			LOCATIONID: l.location,
			DEPARTMENTID: l.department,
			ENTRYDESCRIPTION: l.memo,
			TRX_AMOUNT: fmt(l.amount),
			MEGAENTITYID: entity,
		}),
	);
	return advance;
}
