import type { StoredRecord } from '../../core/store';
import { attr, child, isObject, x, type XmlValue } from '../xml';
import {
	AR_ERR,
	baseCurrency,
	exchangeRate,
	failWith,
	findBy,
	findIndexed,
	fmt,
	legacyDate,
	noteIndexed,
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
import type { IntacctFunctionContext, IntacctFunctionHandler } from './types';

/** create_invoice, update_invoice, reverse_invoice, delete_invoice, retrievepdf (notes §4.3). */

export interface InvoiceLine {
	accountNo: string;
	amount: number;
	memo: string;
	dims: Record<string, string>;
	taxEntries: Array<{ detailid: string; trx_tax: string }>;
}

const DIMS: Array<[string, string]> = [
	['locationid', 'LOCATIONID'],
	['departmentid', 'DEPARTMENTID'],
	['projectid', 'PROJECTID'],
	['classid', 'CLASSID'],
	['customerid', 'CUSTOMERID'],
	['itemid', 'ITEMID'],
];

function taxEntriesOf(line: XmlValue): InvoiceLine['taxEntries'] {
	// ASSUMED: an empty trx_tax means "calculate"; the sandbox does not calculate tax and keeps it empty.
	return list(line, 'taxentries', 'taxentry').map((t) => ({
		detailid: text(t, 'detailid'),
		trx_tax: text(t, 'trx_tax') ? fmt(num(text(t, 'trx_tax'))) : '',
	}));
}

/** Reads and checks `lineitem`s: GL account (or label) that exists, location, amount. */
export function readLines(
	ctx: IntacctFunctionContext,
	lines: XmlValue[],
	verb: string,
	label: string,
	path: string,
): InvoiceLine[] {
	return lines.map((line, i) => {
		const where = `${path}/lineitem[${i + 1}]`;
		let accountNo = text(line, 'glaccountno');
		const accountLabel = text(line, 'accountlabel');
		if (!accountNo && !accountLabel) {
			// The schema makes both optional; the docs require one of them (notes §4.3).
			failWith(verb, label, AR_ERR.required(`${where}/glaccountno or accountlabel`, label));
		}
		if (!accountNo) {
			// ASSUMED: account labels resolve to the GL account whose TITLE equals the label.
			const byTitle = findBy(ctx, 'GLACCOUNT', 'TITLE', accountLabel);
			if (!byTitle)
				failWith(verb, label, AR_ERR.invalidReference('Account Label', accountLabel, `${where}/accountlabel`));
			accountNo = String(byTitle.fields.ACCOUNTNO);
		}
		requireAccount(ctx, accountNo, `${where}/glaccountno`, verb, label);
		const offset = text(line, 'offsetglaccountno');
		if (offset) requireAccount(ctx, offset, `${where}/offsetglaccountno`, verb, label);
		requireLocation(ctx, text(line, 'locationid'), `${where}/locationid`, verb, label);
		const rawAmount = text(line, 'amount');
		if (rawAmount === '' || !Number.isFinite(Number(rawAmount))) {
			failWith(
				verb,
				label,
				AR_ERR.rule(
					`${where}/amount '${rawAmount}' is not a number.`,
					'Use a decimal number without thousands separators.',
				),
			);
		}
		const dims: Record<string, string> = {};
		for (const [el, field] of DIMS) if (text(line, el)) dims[field] = text(line, el);
		if (dims.CUSTOMERID) requireCustomer(ctx, dims.CUSTOMERID, `${where}/customerid`, verb, label);
		if (dims.ITEMID && !findBy(ctx, 'ITEM', 'ITEMID', dims.ITEMID)) {
			failWith(verb, label, AR_ERR.invalidReference('Item', dims.ITEMID, `${where}/itemid`));
		}
		return {
			accountNo,
			amount: round2(Number(rawAmount)),
			memo: text(line, 'memo'),
			dims,
			taxEntries: taxEntriesOf(line),
		};
	});
}

export const lineTotal = (l: InvoiceLine) => round2(l.amount + l.taxEntries.reduce((s, t) => s + num(t.trx_tax), 0));

export interface NewInvoice {
	customerId: string;
	dateCreated: string;
	datePosted: string;
	dateDue: string;
	termName: string;
	draft: boolean;
	invoiceNo: string;
	poNumber: string;
	description: string;
	externalId: string;
	currency: string;
	exchRate: string;
	exchRateType: string;
	taxSolutionId: string;
	moduleKey: '4.AR' | '8.SO';
	lines: InvoiceLine[];
}

/** ASSUMED: Intacct's own invoice numbering when none is given (a company sequence setting). */
function nextInvoiceNo(ctx: IntacctFunctionContext): string {
	return `INV-${String(ctx.sys.store.count('ARINVOICE') + 1).padStart(5, '0')}`;
}

export function insertInvoice(
	ctx: IntacctFunctionContext,
	inv: NewInvoice,
	verb = 'create',
	label = 'Invoice',
): StoredRecord {
	const customer = requireCustomer(ctx, inv.customerId, 'customerid', verb, label);
	if (!inv.dateDue && !inv.termName && inv.moduleKey === '4.AR') {
		failWith(verb, label, AR_ERR.required('datedue or termname', label));
	}
	const invoiceNo = inv.invoiceNo || nextInvoiceNo(ctx);
	if (inv.invoiceNo && findIndexed(ctx, 'ARINVOICE', 'RECORDID', inv.invoiceNo)) {
		// ASSUMED: duplicate invoice numbers are rejected (a company setting in real Intacct).
		failWith(
			verb,
			label,
			AR_ERR.rule(`Another invoice with the number '${inv.invoiceNo}' already exists.`, 'Use a unique value instead.'),
		);
	}
	const base = baseCurrency(ctx);
	const currency = inv.currency || base;
	const rate = exchangeRate(currency, base, inv.exchRate, inv.exchRateType, label, verb);
	const trxTotal = round2(inv.lines.reduce((s, l) => s + lineTotal(l), 0));
	const entity = owningEntity(ctx);
	const header = ctx.sys.store.insert('ARINVOICE', {
		RECORDID: invoiceNo,
		DOCNUMBER: inv.poNumber,
		CUSTOMERID: inv.customerId,
		CUSTOMERNAME: String(customer.fields.NAME ?? ''),
		DESCRIPTION: inv.description,
		EXTERNALID: inv.externalId,
		STATE: stateFor(trxTotal, 0, inv.draft),
		MODULEKEY: inv.moduleKey,
		TERMNAME: inv.termName,
		WHENPOSTED: inv.datePosted || inv.dateCreated,
		WHENDUE: inv.dateDue,
		WHENPAID: '',
		CURRENCY: currency,
		BASECURR: base,
		EXCH_RATE_TYPE_ID: currency === base ? '' : inv.exchRate ? '' : inv.exchRateType || 'Intacct Daily Rate',
		EXCHANGE_RATE: String(rate),
		TOTALENTERED: fmt(trxTotal * rate),
		TOTALPAID: '0.00',
		TOTALDUE: fmt(trxTotal * rate),
		TRX_TOTALENTERED: fmt(trxTotal),
		TRX_TOTALPAID: '0.00',
		TRX_TOTALDUE: fmt(trxTotal),
		TAXSOLUTIONID: inv.taxSolutionId,
		PRBATCHKEY: '',
		INVOICEDATE: inv.dateCreated,
		MEGAENTITYID: entity,
	});
	noteIndexed(ctx, 'ARINVOICE', 'RECORDID', invoiceNo, header.id);
	inv.lines.forEach((l, i) => insertLine(ctx, 'ARINVOICEITEM', header.id, i, l, rate, entity));
	return header;
}

function insertLine(
	ctx: IntacctFunctionContext,
	collection: string,
	key: string,
	i: number,
	l: InvoiceLine,
	rate: number,
	entity: string,
) {
	const total = lineTotal(l);
	ctx.sys.store.insert(collection, {
		RECORDKEY: key,
		LINE_NO: String(i + 1),
		ACCOUNTNO: l.accountNo,
		ENTRYDESCRIPTION: l.memo,
		...l.dims,
		AMOUNT: fmt(l.amount * rate),
		TRX_AMOUNT: fmt(l.amount),
		TOTALPAID: '0.00',
		TRX_TOTALPAID: '0.00',
		TRX_TOTALDUE: fmt(total),
		TAXENTRIES: l.taxEntries.length ? JSON.stringify(l.taxEntries) : '',
		MEGAENTITYID: entity,
	});
}

export function invoiceLines(ctx: IntacctFunctionContext, collection: string, key: string): StoredRecord[] {
	return ctx.sys.store
		.list(collection)
		.filter((r) => String(r.fields.RECORDKEY) === key)
		.sort((a, b) => num(a.fields.LINE_NO) - num(b.fields.LINE_NO));
}

export function checkAction(el: XmlValue, label: string): void {
	if (!['', 'Draft', 'Submit'].includes(text(el, 'action'))) {
		failWith('create', label, AR_ERR.rule(`action '${text(el, 'action')}' is not valid.`, 'Use Draft or Submit.'));
	}
}

export const create_invoice: IntacctFunctionHandler = (ctx, el) => {
	checkAction(el, 'Invoice');
	const lines = readLines(
		ctx,
		list(el, 'invoiceitems', 'lineitem'),
		'create',
		'Invoice',
		'create_invoice/invoiceitems',
	);
	const header = insertInvoice(ctx, {
		customerId: text(el, 'customerid'),
		dateCreated: legacyDate(el, 'datecreated'),
		datePosted: legacyDate(el, 'dateposted'),
		dateDue: legacyDate(el, 'datedue'),
		termName: text(el, 'termname'),
		draft: text(el, 'action') === 'Draft',
		invoiceNo: text(el, 'invoiceno'),
		poNumber: text(el, 'ponumber'),
		description: text(el, 'description'),
		externalId: text(el, 'externalid'),
		currency: text(el, 'currency'),
		exchRate: text(el, 'exchrate'),
		exchRateType: text(el, 'exchratetype'),
		taxSolutionId: text(el, 'taxsolutionid'),
		moduleKey: '4.AR',
		lines,
	});
	// Notes §2.2: legacy functions answer with <key>, the new record's RECORDNO.
	return { key: header.id };
};

/** Finds an AR document by key= (RECORDNO) or, with externalkey="true", by its external ID. */
export function byKey(
	ctx: IntacctFunctionContext,
	el: XmlValue,
	collection: string,
	label: string,
	verb: string,
): StoredRecord {
	const key = attr(el, 'key') ?? '';
	const external = attr(el, 'externalkey') === 'true';
	const record = external
		? ctx.sys.store.find(collection, (r) => r.fields.EXTERNALID === key)
		: ctx.sys.store.get(collection, key);
	if (!key || !record) failWith(verb, label, AR_ERR.notFound(label, key));
	return record;
}

export const update_invoice: IntacctFunctionHandler = (ctx, el) => {
	const inv = byKey(ctx, el, 'ARINVOICE', 'Invoice', 'update');
	if (inv.fields.STATE === 'Reversed' || num(inv.fields.TRX_TOTALPAID) !== 0) {
		// ASSUMED: paid, partially paid and reversed invoices cannot be edited.
		failWith(
			'update',
			'Invoice',
			AR_ERR.rule(
				`Invoice ${inv.id} is ${String(inv.fields.STATE)} and cannot be updated.`,
				'Reverse the payments first.',
			),
		);
	}
	if (text(el, 'exchratetype') && !text(el, 'currency')) {
		// Notes §4: since 2024 R4 update_invoice requires currency when exchratetype is given.
		failWith('update', 'Invoice', AR_ERR.required('currency (with exchratetype)', 'Invoice'));
	}
	const patch: Record<string, string> = {};
	if (text(el, 'customerid')) {
		const c = requireCustomer(ctx, text(el, 'customerid'), 'customerid', 'update', 'Invoice');
		patch.CUSTOMERID = text(el, 'customerid');
		patch.CUSTOMERNAME = String(c.fields.NAME ?? '');
	}
	const simple: Array<[string, string]> = [
		['termname', 'TERMNAME'],
		['invoiceno', 'RECORDID'],
		['ponumber', 'DOCNUMBER'],
		['description', 'DESCRIPTION'],
	];
	for (const [elName, field] of simple) if (child(el, elName) !== undefined) patch[field] = text(el, elName);
	if (legacyDate(el, 'datedue')) patch.WHENDUE = legacyDate(el, 'datedue');
	if (legacyDate(el, 'dateposted')) patch.WHENPOSTED = legacyDate(el, 'dateposted');
	if (legacyDate(el, 'datecreated')) patch.INVOICEDATE = legacyDate(el, 'datecreated');
	const rate = num(inv.fields.EXCHANGE_RATE) || 1;
	// updateinvoiceitems: updatelineitem line_num=n changes line n; lineitem adds a line (notes §4.3).
	const items = child(el, 'updateinvoiceitems');
	const existing = invoiceLines(ctx, 'ARINVOICEITEM', inv.id);
	if (isObject(items)) {
		const updates = list(el, 'updateinvoiceitems', 'updatelineitem');
		for (const u of updates) {
			const n = Number(attr(u, 'line_num'));
			const line = existing[n - 1];
			if (!Number.isInteger(n) || !line) {
				failWith(
					'update',
					'Invoice',
					AR_ERR.rule(
						`updatelineitem line_num '${attr(u, 'line_num') ?? ''}' does not match a line of invoice ${inv.id} (it has ${existing.length}).`,
						'Use a one-based line number of an existing line.',
					),
				);
			}
			const linePatch: Record<string, string> = {};
			if (text(u, 'glaccountno')) {
				requireAccount(ctx, text(u, 'glaccountno'), `updatelineitem[${n}]/glaccountno`, 'update', 'Invoice');
				linePatch.ACCOUNTNO = text(u, 'glaccountno');
			}
			if (text(u, 'locationid')) {
				requireLocation(ctx, text(u, 'locationid'), `updatelineitem[${n}]/locationid`, 'update', 'Invoice');
				linePatch.LOCATIONID = text(u, 'locationid');
			}
			if (text(u, 'amount')) {
				linePatch.TRX_AMOUNT = fmt(num(text(u, 'amount')));
				linePatch.AMOUNT = fmt(num(text(u, 'amount')) * rate);
				linePatch.TRX_TOTALDUE = fmt(num(text(u, 'amount')));
			}
			if (child(u, 'memo') !== undefined) linePatch.ENTRYDESCRIPTION = text(u, 'memo');
			for (const [e, f] of DIMS) if (text(u, e)) linePatch[f] = text(u, e);
			ctx.sys.store.update('ARINVOICEITEM', line.id, linePatch);
		}
		const added = readLines(
			ctx,
			list(el, 'updateinvoiceitems', 'lineitem'),
			'update',
			'Invoice',
			'update_invoice/updateinvoiceitems',
		);
		added.forEach((l, i) =>
			insertLine(ctx, 'ARINVOICEITEM', inv.id, existing.length + i, l, rate, String(inv.fields.MEGAENTITYID ?? '')),
		);
	}
	const total = round2(invoiceLines(ctx, 'ARINVOICEITEM', inv.id).reduce((s, l) => s + num(l.fields.TRX_TOTALDUE), 0));
	const draft = text(el, 'action') ? text(el, 'action') === 'Draft' : inv.fields.STATE === 'Draft';
	if (patch.RECORDID !== undefined) noteIndexed(ctx, 'ARINVOICE', 'RECORDID', patch.RECORDID, inv.id);
	ctx.sys.store.update('ARINVOICE', inv.id, {
		...patch,
		TRX_TOTALENTERED: fmt(total),
		TRX_TOTALDUE: fmt(total),
		TOTALENTERED: fmt(total * rate),
		TOTALDUE: fmt(total * rate),
		STATE: stateFor(total, 0, draft),
	});
	return { key: inv.id };
};

export const reverse_invoice: IntacctFunctionHandler = (ctx, el) => {
	const inv = byKey(ctx, el, 'ARINVOICE', 'Invoice', 'reverse');
	if (inv.fields.STATE === 'Draft' || inv.fields.STATE === 'Reversed') {
		failWith(
			'reverse',
			'Invoice',
			AR_ERR.rule(`Invoice ${inv.id} is ${String(inv.fields.STATE)} and cannot be reversed.`),
		);
	}
	if (num(inv.fields.TRX_TOTALPAID) !== 0) {
		// ASSUMED: an invoice with payments applied must have them reversed first.
		failWith(
			'reverse',
			'Invoice',
			AR_ERR.rule(`Invoice ${inv.id} has payments applied.`, 'Reverse the payments first.'),
		);
	}
	ctx.sys.store.update('ARINVOICE', inv.id, {
		STATE: 'Reversed',
		WHENREVERSED: legacyDate(el, 'datereversed'),
		REVERSALDESCRIPTION: text(el, 'description'),
		TOTALDUE: '0.00',
		TRX_TOTALDUE: '0.00',
	});
	return { key: inv.id };
};

/** Shared by delete_invoice and generic delete of ARINVOICE. */
export function deleteInvoice(ctx: IntacctFunctionContext, inv: StoredRecord): void {
	if (num(inv.fields.TRX_TOTALPAID) !== 0) {
		failWith(
			'delete',
			'Invoice',
			AR_ERR.rule(`Invoice ${inv.id} has payments applied and cannot be deleted.`, 'Reverse the payments first.'),
		);
	}
	if (inv.fields.MODULEKEY === '8.SO') {
		failWith(
			'delete',
			'Invoice',
			AR_ERR.rule(`Invoice ${inv.id} was created from Order Entry.`, 'Delete the Order Entry transaction instead.'),
		);
	}
	for (const l of invoiceLines(ctx, 'ARINVOICEITEM', inv.id)) ctx.sys.store.delete('ARINVOICEITEM', l.id);
	ctx.sys.store.delete('ARINVOICE', inv.id);
}

export const delete_invoice: IntacctFunctionHandler = (ctx, el) => {
	const inv = byKey(ctx, el, 'ARINVOICE', 'Invoice', 'delete');
	deleteInvoice(ctx, inv);
	return { key: inv.id };
};

/** A small valid one-page PDF naming the invoice (the sandbox's stand-in for Intacct's print). */
export function invoicePdf(inv: StoredRecord): Buffer {
	const line = `Invoice ${String(inv.fields.RECORDID)} - ${String(inv.fields.CUSTOMERNAME)} - ${String(inv.fields.CURRENCY)} ${String(inv.fields.TRX_TOTALENTERED)}`;
	const safe = line.replace(/[()\\]/g, ' ').replace(/[^\x20-\x7e]/g, '?');
	const stream = `BT /F1 12 Tf 72 720 Td (${safe}) Tj ET`;
	const objects = [
		'<< /Type /Catalog /Pages 2 0 R >>',
		'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
		'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
		`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
		'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
	];
	let body = '%PDF-1.4\n';
	const offsets: number[] = [];
	objects.forEach((o, i) => {
		offsets.push(body.length);
		body += `${i + 1} 0 obj\n${o}\nendobj\n`;
	});
	const xref = body.length;
	body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
	body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
	return Buffer.from(body, 'latin1');
}

/** retrievepdf: `<retrievepdf><ARINVOICE><RECORDNO>` → data/arinvoice/pdfdata (base64). */
export const retrievepdf: IntacctFunctionHandler = (ctx, el) => {
	const target = child(el, 'ARINVOICE');
	const recordNo = text(target, 'RECORDNO');
	if (!isObject(target) || !recordNo) {
		// ASSUMED: the sandbox prints AR invoices only (SODOCUMENT/DOCID also exists in Intacct).
		failWith('retrieve', 'PDF', AR_ERR.required('ARINVOICE/RECORDNO', 'retrievepdf'));
	}
	const inv = ctx.sys.store.get('ARINVOICE', recordNo);
	if (!inv) failWith('retrieve', 'PDF', AR_ERR.notFound('Invoice', recordNo));
	return {
		data: x('data', [x('arinvoice', [x('recordno', inv.id), x('pdfdata', invoicePdf(inv).toString('base64'))])], {
			listtype: 'arinvoice',
			count: 1,
		}),
	};
};
