import type { RecordStore, StoredRecord } from '../../core/store';
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
	round2,
	stateFor,
	text,
} from './arCommon';
import { byKey, checkAction, invoiceLines, lineTotal, readLines } from './arInvoice';
import type { IntacctFunctionContext, IntacctFunctionHandler } from './types';

/**
 * AP adjustments: create_apadjustment and delete_apadjustment (api.xsd), generic read, readByQuery
 * and delete of APADJUSTMENT with its APADJUSTMENTITEM lines. The reference notes do not describe
 * AP adjustments: every rule here mirrors the AR adjustment simulation (arAdjustment.ts) and is
 * ASSUMED, as listed in nodes/SageIntacct/transport/assumptions.ts:
 * - line amounts: negative = debit memo (a vendor's credit: reduces what is owed), positive = credit memo;
 * - adjustmentno → RECORDID, billno → DOCNUMBER, externalid → EXTERNALID; WHENCREATED is the
 *   adjustment date (as on APBILL), AUDITWHENCREATED the audit time;
 * - the vendor's balance: the adjustment is open for its whole amount (TRX_TOTALDUE, negative for a
 *   debit memo), so the vendor's open items (bills' TOTALDUE plus adjustments' TRX_TOTALDUE) drop
 *   by the credit; an adjustment that has been applied (TRX_TOTALPAID ≠ 0) cannot be deleted.
 */

/** The collections start empty; RECORDNOs are deterministic from 1. */
export function seedApAdjustments(store: RecordStore): void {
	if (!store.hasCollection('APADJUSTMENT'))
		store.defineCollection('APADJUSTMENT', {
			idStart: 1,
			displayFields: ['RECORDID', 'VENDORID', 'STATE', 'TRX_TOTALENTERED', 'TRX_TOTALDUE', 'DOCNUMBER'],
		});
	if (!store.hasCollection('APADJUSTMENTITEM'))
		store.defineCollection('APADJUSTMENTITEM', {
			idStart: 1,
			displayFields: ['RECORDKEY', 'LINE_NO', 'ACCOUNTNO', 'TRX_AMOUNT'],
		});
}

const LABEL = 'AP Adjustment';

function requireVendor(ctx: IntacctFunctionContext, id: string): StoredRecord {
	if (!id) failWith('create', LABEL, AR_ERR.required('vendorid', LABEL));
	const vendor = findBy(ctx, 'VENDOR', 'VENDORID', id);
	if (!vendor) failWith('create', LABEL, AR_ERR.invalidReference('Vendor', id, 'vendorid'));
	if (vendor.fields.STATUS === 'inactive')
		failWith('create', LABEL, AR_ERR.rule(`Vendor '${id}' is inactive.`, 'Activate the vendor or use another one.'));
	return vendor;
}

export const create_apadjustment: IntacctFunctionHandler = (ctx, el) => {
	checkAction(el, LABEL);
	const vendor = requireVendor(ctx, text(el, 'vendorid'));
	const lines = readLines(
		ctx,
		list(el, 'apadjustmentitems', 'lineitem'),
		'create',
		LABEL,
		'create_apadjustment/apadjustmentitems',
	);
	const given = text(el, 'adjustmentno');
	if (
		given &&
		ctx.sys.store.find('APADJUSTMENT', (r) => r.fields.RECORDID === given && r.fields.VENDORID === text(el, 'vendorid'))
	) {
		failWith(
			'create',
			LABEL,
			AR_ERR.rule(
				`Another adjustment with the number '${given}' already exists for vendor '${text(el, 'vendorid')}'.`,
				'Use a unique value instead.',
			),
		);
	}
	const adjustmentNo = given || `APADJ-${String(ctx.sys.store.count('APADJUSTMENT') + 1).padStart(5, '0')}`;
	const base = baseCurrency(ctx);
	const currency = text(el, 'currency') || base;
	const rate = exchangeRate(currency, base, text(el, 'exchrate'), text(el, 'exchratetype'), LABEL, 'create');
	const total = round2(lines.reduce((s, l) => s + lineTotal(l), 0));
	const entity = owningEntity(ctx);
	const header = ctx.sys.store.insert('APADJUSTMENT', {
		RECORDID: adjustmentNo,
		DOCNUMBER: text(el, 'billno'),
		VENDORID: text(el, 'vendorid'),
		VENDORNAME: String(vendor.fields.NAME ?? ''),
		DESCRIPTION: text(el, 'description'),
		EXTERNALID: text(el, 'externalid'),
		STATE: stateFor(total, 0, text(el, 'action') === 'Draft'),
		ADJUSTMENTTYPE: total < 0 ? 'Debit Memo' : 'Credit Memo',
		WHENCREATED: legacyDate(el, 'datecreated'),
		WHENPOSTED: legacyDate(el, 'dateposted') || legacyDate(el, 'datecreated'),
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
		ctx.sys.store.insert('APADJUSTMENTITEM', {
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
	// Notes §2.2: legacy functions answer with <key>, the new record's RECORDNO.
	return { key: header.id };
};

export function deleteApAdjustment(ctx: IntacctFunctionContext, adj: StoredRecord): void {
	if (num(adj.fields.TRX_TOTALPAID) !== 0) {
		failWith(
			'delete',
			LABEL,
			AR_ERR.rule(
				`Adjustment ${adj.id} has been applied and cannot be deleted.`,
				'Reverse the payment that applied it first.',
			),
		);
	}
	for (const l of invoiceLines(ctx, 'APADJUSTMENTITEM', adj.id)) ctx.sys.store.delete('APADJUSTMENTITEM', l.id);
	ctx.sys.store.delete('APADJUSTMENT', adj.id);
}

export const delete_apadjustment: IntacctFunctionHandler = (ctx, el) => {
	const adj = byKey(ctx, el, 'APADJUSTMENT', LABEL, 'delete');
	deleteApAdjustment(ctx, adj);
	return { key: adj.id };
};
