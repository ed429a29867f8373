import type { StoredRecord } from '../../core/store';
import { attr, child, type XmlValue } from '../xml';
import {
	AR_ERR,
	baseCurrency,
	exchangeRate,
	failWith,
	findBy,
	fmt,
	legacyDate,
	list,
	num,
	owningEntity,
	requireAccount,
	requireCustomer,
	requireLocation,
	round2,
	stateFor,
	text,
} from './arCommon';
import { byKey, checkAction, invoiceLines, lineTotal, readLines } from './arInvoice';
import type { IntacctFunctionContext, IntacctFunctionHandler } from './types';

/**
 * create_aradjustment, update_aradjustment, delete_aradjustment (notes §4.4). Line amounts:
 * positive = debit memo, negative = credit memo. A credit memo is applied through an ARPYMT detail.
 */

export const create_aradjustment: IntacctFunctionHandler = (ctx, el) => {
	const label = 'AR Adjustment';
	checkAction(el, label);
	const customer = requireCustomer(ctx, text(el, 'customerid'), 'customerid', 'create', label);
	const lines = readLines(
		ctx,
		list(el, 'aradjustmentitems', 'lineitem'),
		'create',
		label,
		'create_aradjustment/aradjustmentitems',
	);
	const adjustmentNo =
		text(el, 'adjustmentno') || `ADJ-${String(ctx.sys.store.count('ARADJUSTMENT') + 1).padStart(5, '0')}`;
	if (text(el, 'adjustmentno') && findBy(ctx, 'ARADJUSTMENT', 'RECORDID', adjustmentNo)) {
		failWith(
			'create',
			label,
			AR_ERR.rule(
				`Another adjustment with the number '${adjustmentNo}' already exists.`,
				'Use a unique value instead.',
			),
		);
	}
	const invoiceNo = text(el, 'invoiceno');
	const base = baseCurrency(ctx);
	const currency = text(el, 'currency') || base;
	const rate = exchangeRate(currency, base, text(el, 'exchrate'), text(el, 'exchratetype'), label, 'create');
	const total = round2(lines.reduce((s, l) => s + lineTotal(l), 0));
	const entity = owningEntity(ctx);
	const header = ctx.sys.store.insert('ARADJUSTMENT', {
		RECORDID: adjustmentNo,
		DOCNUMBER: invoiceNo,
		CUSTOMERID: text(el, 'customerid'),
		CUSTOMERNAME: String(customer.fields.NAME ?? ''),
		DESCRIPTION: text(el, 'description'),
		EXTERNALID: text(el, 'externalid'),
		STATE: stateFor(total, 0, text(el, 'action') === 'Draft'),
		ADJUSTMENTTYPE: total < 0 ? 'Credit Memo' : 'Debit Memo',
		WHENPOSTED: legacyDate(el, 'dateposted') || legacyDate(el, 'datecreated'),
		ADJUSTMENTDATE: legacyDate(el, 'datecreated'),
		CURRENCY: currency,
		BASECURR: base,
		EXCH_RATE_TYPE_ID:
			currency === base ? '' : text(el, 'exchrate') ? '' : text(el, 'exchratetype') || 'Intacct Daily Rate',
		EXCHANGE_RATE: String(rate),
		TOTALENTERED: fmt(total * rate),
		TOTALPAID: '0.00',
		TOTALDUE: fmt(total * rate),
		TRX_TOTALENTERED: fmt(total),
		TRX_TOTALPAID: '0.00',
		TRX_TOTALDUE: fmt(total),
		TAXSOLUTIONID: text(el, 'taxsolutionid'),
		MEGAENTITYID: entity,
	});
	lines.forEach((l, i) =>
		ctx.sys.store.insert('ARADJUSTMENTITEM', {
			RECORDKEY: header.id,
			LINE_NO: String(i + 1),
			ACCOUNTNO: l.accountNo,
			ENTRYDESCRIPTION: l.memo,
			...l.dims,
			AMOUNT: fmt(l.amount * rate),
			TRX_AMOUNT: fmt(l.amount),
			TAXENTRIES: l.taxEntries.length ? JSON.stringify(l.taxEntries) : '',
			MEGAENTITYID: entity,
		}),
	);
	return { key: header.id };
};

function editable(adj: StoredRecord, verb: string): void {
	if (num(adj.fields.TRX_TOTALPAID) !== 0) {
		// ASSUMED: an adjustment that was applied or paid cannot be changed.
		failWith(
			verb,
			'AR Adjustment',
			AR_ERR.rule(
				`Adjustment ${adj.id} has been applied and cannot be ${verb}d.`,
				'Reverse the payment that applied it first.',
			),
		);
	}
}

export const update_aradjustment: IntacctFunctionHandler = (ctx, el: XmlValue) => {
	const label = 'AR Adjustment';
	const adj = byKey(ctx, el, 'ARADJUSTMENT', label, 'update');
	editable(adj, 'update');
	const patch: Record<string, string> = {};
	if (text(el, 'customerid')) {
		const c = requireCustomer(ctx, text(el, 'customerid'), 'customerid', 'update', label);
		patch.CUSTOMERID = text(el, 'customerid');
		patch.CUSTOMERNAME = String(c.fields.NAME ?? '');
	}
	if (child(el, 'adjustmentno') !== undefined) patch.RECORDID = text(el, 'adjustmentno');
	if (child(el, 'invoiceno') !== undefined) patch.DOCNUMBER = text(el, 'invoiceno');
	if (child(el, 'description') !== undefined) patch.DESCRIPTION = text(el, 'description');
	if (legacyDate(el, 'dateposted')) patch.WHENPOSTED = legacyDate(el, 'dateposted');
	const rate = num(adj.fields.EXCHANGE_RATE) || 1;
	const existing = invoiceLines(ctx, 'ARADJUSTMENTITEM', adj.id);
	for (const u of list(el, 'updatearadjustmentitems', 'updatelineitem')) {
		const n = Number(attr(u, 'line_num'));
		const line = existing[n - 1];
		if (!Number.isInteger(n) || !line) {
			failWith(
				'update',
				label,
				AR_ERR.rule(
					`updatelineitem line_num '${attr(u, 'line_num') ?? ''}' does not match a line of adjustment ${adj.id}.`,
					'Use a one-based line number of an existing line.',
				),
			);
		}
		const lp: Record<string, string> = {};
		if (text(u, 'glaccountno'))
			lp.ACCOUNTNO = requireAccount(ctx, text(u, 'glaccountno'), 'updatelineitem/glaccountno', 'update', label).fields
				.ACCOUNTNO as string;
		if (text(u, 'locationid')) {
			requireLocation(ctx, text(u, 'locationid'), 'updatelineitem/locationid', 'update', label);
			lp.LOCATIONID = text(u, 'locationid');
		}
		if (text(u, 'amount')) {
			lp.TRX_AMOUNT = fmt(num(text(u, 'amount')));
			lp.AMOUNT = fmt(num(text(u, 'amount')) * rate);
		}
		if (child(u, 'memo') !== undefined) lp.ENTRYDESCRIPTION = text(u, 'memo');
		ctx.sys.store.update('ARADJUSTMENTITEM', line.id, lp);
	}
	const added = readLines(
		ctx,
		list(el, 'updatearadjustmentitems', 'lineitem'),
		'update',
		label,
		'update_aradjustment/updatearadjustmentitems',
	);
	added.forEach((l, i) =>
		ctx.sys.store.insert('ARADJUSTMENTITEM', {
			RECORDKEY: adj.id,
			LINE_NO: String(existing.length + i + 1),
			ACCOUNTNO: l.accountNo,
			ENTRYDESCRIPTION: l.memo,
			...l.dims,
			AMOUNT: fmt(l.amount * rate),
			TRX_AMOUNT: fmt(l.amount),
			MEGAENTITYID: String(adj.fields.MEGAENTITYID ?? ''),
		}),
	);
	const total = round2(invoiceLines(ctx, 'ARADJUSTMENTITEM', adj.id).reduce((s, l) => s + num(l.fields.TRX_AMOUNT), 0));
	const draft = text(el, 'action') ? text(el, 'action') === 'Draft' : adj.fields.STATE === 'Draft';
	ctx.sys.store.update('ARADJUSTMENT', adj.id, {
		...patch,
		ADJUSTMENTTYPE: total < 0 ? 'Credit Memo' : 'Debit Memo',
		TRX_TOTALENTERED: fmt(total),
		TRX_TOTALDUE: fmt(total),
		TOTALENTERED: fmt(total * rate),
		TOTALDUE: fmt(total * rate),
		STATE: stateFor(total, 0, draft),
	});
	return { key: adj.id };
};

export function deleteAdjustment(ctx: IntacctFunctionContext, adj: StoredRecord): void {
	editable(adj, 'delete');
	for (const l of invoiceLines(ctx, 'ARADJUSTMENTITEM', adj.id)) ctx.sys.store.delete('ARADJUSTMENTITEM', l.id);
	ctx.sys.store.delete('ARADJUSTMENT', adj.id);
}

export const delete_aradjustment: IntacctFunctionHandler = (ctx, el) => {
	const adj = byKey(ctx, el, 'ARADJUSTMENT', 'AR Adjustment', 'delete');
	deleteAdjustment(ctx, adj);
	return { key: adj.id };
};
