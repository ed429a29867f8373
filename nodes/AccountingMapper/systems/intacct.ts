import { DataError, MappingError, type RecordRef } from '../model/errors';
import { currencyDecimals, Dec, sum } from '../model/decimal';
import { strictIntacctDate } from '../model/strict';
import type {
	Account,
	Allocation,
	DimensionValue,
	Document,
	DocumentLine,
	Party,
	Payment,
	Refund,
	TaxCode,
} from '../model/schemas';
import { checkWrittenTotal } from '../model/totals';
import { parseUdds, type Lookup } from '../mappings/resolve';
import { INTACCT } from './assumptions';

/**
 * Sage Intacct: reads its records (as the Sage Intacct node's read operations output them: the
 * query field names, every value a string) into the canonical model, and writes the model into
 * the write shapes the Sage Intacct node accepts as a whole record:
 * - legacy functions (create_invoice, create_aradjustment, create_sotransaction):
 *   an object whose keys are the legacy XML element names in Sage's XSD order (api.xsd), dates as
 *   {year, month, day};
 * - generic objects (CUSTOMER, VENDOR, ARPYMT, ARADVANCE, APBILL): the uppercase field names, dates
 *   mm/dd/yyyy.
 * Amounts are rounded to the currency's decimals here, and only here.
 */

export type XmlObject = { [key: string]: XmlValue };
export type XmlValue = string | XmlObject | XmlObject[] | undefined;

export interface WriteShape {
	/** Legacy function name or generic object name. */
	target: string;
	record: XmlObject;
	/** Multi-entity: the entity whose session writes the record (from the dimensions table). */
	entity?: string;
	/** The total written, rounded, for the totals check and for the reader. */
	total?: string;
	currency?: string;
}

// ---------------------------------------------------------------------------------------------
// Formats
// ---------------------------------------------------------------------------------------------

export function dateParts(iso: string): XmlObject {
	const [year, month, day] = iso.split('-');
	return { year: year!, month: month!, day: day! };
}

export function mmddyyyy(iso: string): string {
	const [year, month, day] = iso.split('-');
	return `${month}/${day}/${year}`;
}

/** mm/dd/yyyy [hh:mm:ss] (Intacct) -> yyyy-mm-dd; impossible dates (02/30/2025) are a DataError. */
export function isoFromIntacct(value: unknown, ref: RecordRef, field: string): string {
	return strictIntacctDate(value, ref, field);
}

/** Drops undefined and empty-string values so optional elements are left out, never sent blank. */
export function compact(obj: Record<string, XmlValue>): XmlObject {
	const out: XmlObject = {};
	for (const [k, v] of Object.entries(obj)) if (v !== undefined && v !== '') out[k] = v;
	return out;
}

function money(value: Dec, currency: string): string {
	return value.toFixed(currencyDecimals(currency));
}

// ---------------------------------------------------------------------------------------------
// Shared pieces of the write shapes
// ---------------------------------------------------------------------------------------------

/** The Intacct customer (or vendor) id for a source party id, by the configured strategy. */
export function partyId(lookup: Lookup, sourcePartyId: string, field: string): string {
	const s = lookup.settings;
	if (s.customerIdStrategy === 'table' || s.customerIdStrategy === 'autoNumber') {
		return lookup.value('customers', 'target', field, sourcePartyId);
	}
	const id = `${s.customerIdPrefix}${sourcePartyId}`;
	if (id.length > INTACCT.maxPartyIdLength) {
		throw new DataError(
			lookup.record,
			field,
			`the id "${id}" is longer than Intacct's ${INTACCT.maxPartyIdLength} characters; choose the customer id strategy "table" and list the id in the customers table`,
		);
	}
	return id;
}

/** Legacy currency block: basecurr, currency, then exchratedate + exchratetype, or exchrate. */
export function legacyCurrency(lookup: Lookup, currency: string, rate: string | undefined, date: string): XmlObject {
	const s = lookup.settings;
	if (s.currencyPolicy === 'none') {
		if (s.baseCurrency && s.baseCurrency !== currency) {
			throw new DataError(
				lookup.record,
				'currency',
				`is ${currency}, not the base currency ${s.baseCurrency}, and the currency policy is "none"`,
			);
		}
		return {};
	}
	if (s.baseCurrency && s.baseCurrency === currency) return {};
	if (s.currencyPolicy === 'rateType') {
		return compact({
			basecurr: s.baseCurrency,
			currency,
			exchratedate: dateParts(date),
			exchratetype: s.rateType ?? 'Intacct Daily Rate',
		});
	}
	if (!rate) {
		throw new DataError(
			lookup.record,
			'exchangeRate',
			`the document is in ${currency} but the source gives no exchange rate; use the currency policy "rateType" or set a base currency`,
		);
	}
	return compact({ basecurr: s.baseCurrency, currency, exchrate: Dec.from(rate).toString() });
}

/** Generic currency fields: CURRENCY, BASECURR, EXCH_RATE_DATE + EXCH_RATE_TYPE_ID or EXCHANGE_RATE. */
export function genericCurrency(lookup: Lookup, currency: string, rate: string | undefined, date: string): XmlObject {
	const s = lookup.settings;
	if (s.currencyPolicy === 'none' || (s.baseCurrency && s.baseCurrency === currency)) {
		if (s.currencyPolicy === 'none' && s.baseCurrency && s.baseCurrency !== currency) {
			throw new DataError(
				lookup.record,
				'currency',
				`is ${currency}, not the base currency ${s.baseCurrency}, and the currency policy is "none"`,
			);
		}
		return { CURRENCY: currency };
	}
	// Payments without a rate of their own (OfficeRnD charges, Scoro receipts) take Intacct's rate
	// type for the payment date: the realised gain or loss against the invoice rate is Intacct's to book.
	if (s.currencyPolicy === 'rateType' || !rate) {
		return compact({
			CURRENCY: currency,
			BASECURR: s.baseCurrency,
			EXCH_RATE_DATE: mmddyyyy(date),
			EXCH_RATE_TYPE_ID: s.rateType ?? 'Intacct Daily Rate',
		});
	}
	return compact({
		CURRENCY: currency,
		BASECURR: s.baseCurrency,
		EXCH_RATE_DATE: mmddyyyy(date),
		EXCHANGE_RATE: Dec.from(rate).toString(),
	});
}

export interface LineDims {
	entity?: string;
	locationid?: string;
	departmentid?: string;
	projectid?: string;
	classid?: string;
	udds: Array<[string, string]>;
}

/** Dimensions of a location/property code; no code means no dimensions, an unknown one is a MappingError. */
export function dimensionsOf(lookup: Lookup, code: string | undefined, field: string): LineDims {
	if (!code) return { udds: [] };
	const row = lookup.row('dimensions', field, code);
	return {
		entity: row.entity,
		locationid: row.locationId,
		departmentid: row.departmentId,
		projectid: row.projectId,
		classid: row.classId,
		udds: parseUdds(row.udds),
	};
}

/**
 * A line's dimensions: the header's, overridden field by field by the line's location (OfficeRnD)
 * and accounting object (Scoro, Re-Leased tracking).
 */
export function lineDims(lookup: Lookup, line: DocumentLine, header: LineDims): LineDims {
	let dims = header;
	const layers: Array<[string | undefined, string]> = [
		[line.dims.dimensionCode, `lines[${line.lineNo}].location`],
		[line.dims.objectCode, `lines[${line.lineNo}].accountingObject`],
		// Projects share the dimensions table, keyed "project:<id>", so a project is never dropped silently.
		[line.dims.projectCode ? `project:${line.dims.projectCode}` : undefined, `lines[${line.lineNo}].project`],
	];
	for (const [code, field] of layers) {
		if (!code) continue;
		const d = dimensionsOf(lookup, code, field);
		dims = {
			entity: d.entity ?? dims.entity,
			locationid: d.locationid ?? dims.locationid,
			departmentid: d.departmentid ?? dims.departmentid,
			projectid: d.projectid ?? dims.projectid,
			classid: d.classid ?? dims.classid,
			udds: [...dims.udds.filter(([k]) => !d.udds.some(([n]) => n === k)), ...d.udds],
		};
	}
	return dims;
}

function customFields(udds: Array<[string, string]>): XmlObject | undefined {
	if (!udds.length) return undefined;
	return { customfield: udds.map(([customfieldname, customfieldvalue]) => ({ customfieldname, customfieldvalue })) };
}

export function memo(lookup: Lookup, doc: Document, line: DocumentLine): string {
	const period = line.periodStart ? `${line.periodStart}${line.periodEnd ? ` - ${line.periodEnd}` : ''}` : '';
	return lookup.settings.memoTemplate
		.replace(/\{description\}/g, line.description)
		.replace(/\{number\}/g, doc.number ?? '')
		.replace(/\{reference\}/g, doc.reference ?? '')
		.replace(/\{period\}/g, period)
		.replace(/\{lineNo\}/g, String(line.lineNo))
		.trim();
}

/** The Intacct action (Draft/Submit) for a document: the statuses table, else the default. */
export function actionOf(lookup: Lookup, sourceStatus: string): string {
	const row = lookup.maybe('statuses', sourceStatus);
	if (row) {
		if (row.target !== 'Draft' && row.target !== 'Submit') {
			throw new DataError(
				lookup.record,
				'status',
				`the statuses table maps "${sourceStatus}" to "${row.target}"; Intacct accepts Draft or Submit`,
			);
		}
		return row.target;
	}
	return lookup.settings.defaultAction;
}

// ---------------------------------------------------------------------------------------------
// Document lines
// ---------------------------------------------------------------------------------------------

interface SplitLine {
	line: DocumentLine;
	/** Line amount before discount and without tax, rounded: item amount. */
	item: Dec;
	discount: Dec;
	tax: Dec;
	gross: Dec;
}

/**
 * Rounds a line to the currency so that item - discount + tax equals the rounded gross exactly:
 * the item amount absorbs the rounding. Works for tax-exclusive and tax-inclusive lines alike.
 */
export function splitLine(line: DocumentLine, currency: string): SplitLine {
	const dp = currencyDecimals(currency);
	const gross = Dec.from(line.gross).round(dp);
	const tax = Dec.from(line.tax).round(dp);
	const discount = Dec.from(line.discount).round(dp);
	return { line, gross, tax, discount, item: gross.sub(tax).add(discount) };
}

function accountKeyOf(lookup: Lookup, line: DocumentLine): { field: string; value: string | undefined } {
	if (line.kind === 'processingFee' && !line.accountCode)
		return { field: `lines[${line.lineNo}].kind`, value: 'processingFee' };
	if (lookup.settings.accountKey === 'plan' && line.planCode)
		return { field: `lines[${line.lineNo}].plan`, value: line.planCode };
	return { field: `lines[${line.lineNo}].account`, value: line.accountCode };
}

function requireCode(lookup: Lookup, value: string | undefined, field: string, what: string): string {
	if (!value)
		throw new DataError(
			lookup.record,
			field,
			`the line has no ${what}, so no mapping row can apply; set it in the source`,
		);
	return value;
}

function taxRowOf(lookup: Lookup, line: DocumentLine) {
	const field = `lines[${line.lineNo}].taxRate`;
	return lookup.row('taxCodes', field, requireCode(lookup, line.taxCode, field, 'tax rate'));
}

/** One line to write, whatever the write shape: amount unsigned (as in the model), dimensions resolved. */
export interface PlannedLine {
	account: string;
	amount: Dec;
	memo: string;
	dims: LineDims;
	/** Tax entry of the line (tax handling "taxEntries"): Intacct adds it to the line. */
	tax?: { detailId: string; amount: Dec };
}

/**
 * The lines of a document, neutral of the write shape: one line per source line, a discount line
 * when there is a discount, and tax either as a separate GL line (taxLines) or as the line's tax
 * entry (taxEntries). The written amounts must add up to the document's gross total.
 */
export function planLines(
	lookup: Lookup,
	doc: Document,
	glColumn: 'glAccount' = 'glAccount',
	options: { zeroTaxEntries?: boolean } = {},
): { lines: PlannedLine[]; written: Dec[]; entity?: string } {
	const lines: PlannedLine[] = [];
	const written: Dec[] = [];
	const s = lookup.settings;
	const headerDims = dimensionsOf(lookup, doc.dims.dimensionCode, 'location');
	let entity = headerDims.entity;
	for (const line of doc.lines) {
		const split = splitLine(line, doc.currency);
		const key = accountKeyOf(lookup, line);
		const account = lookup.value('accounts', glColumn, key.field, requireCode(lookup, key.value, key.field, 'account'));
		const dims = lineDims(lookup, line, headerDims);
		if (dims.entity && entity && dims.entity !== entity) {
			throw new DataError(
				lookup.record,
				`lines[${line.lineNo}].location`,
				`maps to entity ${dims.entity} but the document maps to ${entity}; one document is written in one entity`,
			);
		}
		entity = entity ?? dims.entity;
		const memoText = memo(lookup, doc, line);
		const hasTax = !split.tax.isZero();
		let tax: PlannedLine['tax'];
		// zeroTaxEntries: a zero-rated or exempt line keeps its tax detail (a 0.00 entry), so the VAT
		// code is mapped like any other, never dropped because its tax happens to be nil.
		if (s.taxHandling === 'taxEntries' && (hasTax || (options.zeroTaxEntries && line.taxCode))) {
			const row = taxRowOf(lookup, line);
			if (!row.taxDetailId) {
				throw new DataError(
					lookup.record,
					`lines[${line.lineNo}].taxRate`,
					`tax handling "taxEntries" needs taxDetailId in the taxCodes row "${row.source}"`,
				);
			}
			tax = { detailId: row.taxDetailId, amount: split.tax };
		}
		// With taxEntries, Intacct adds the tax to the line, so the line carries the net.
		lines.push({ account, amount: split.item, memo: memoText, dims, tax });
		written.push(split.item);
		if (!split.discount.isZero()) {
			const discountAccount = lookup.value('accounts', glColumn, `lines[${line.lineNo}].discount`, 'discount');
			lines.push({ account: discountAccount, amount: split.discount.neg(), memo: `Discount: ${memoText}`, dims });
			written.push(split.discount.neg());
		}
		if (hasTax) {
			if (s.taxHandling === 'taxLines') {
				const row = taxRowOf(lookup, line);
				if (!row.taxGlAccount) {
					throw new DataError(
						lookup.record,
						`lines[${line.lineNo}].taxRate`,
						`tax handling "taxLines" needs taxGlAccount in the taxCodes row "${row.source}"`,
					);
				}
				lines.push({
					account: row.taxGlAccount,
					amount: split.tax,
					memo: `Tax${row.taxDetailId ? ` ${row.taxDetailId}` : ''}: ${memoText}`,
					dims,
				});
			}
			written.push(split.tax);
		}
	}
	checkWrittenTotal(lookup.record, 'total', written, Dec.from(doc.totals.gross), doc.currency);
	return { lines, written, entity };
}

/**
 * AR (and AP) legacy line items (planLines in legacy element names). `sign` is -1 for credit
 * memos (AR adjustment lines are negative for credits).
 */
export function legacyLineItems(
	lookup: Lookup,
	doc: Document,
	sign: 1 | -1,
	glColumn: 'glAccount' = 'glAccount',
): { lineitem: XmlObject[]; written: Dec[]; entity?: string } {
	const { lines, written, entity } = planLines(lookup, doc, glColumn);
	// XSD order: glaccountno, amount, memo, locationid, departmentid, customfields, projectid, classid (then taxentries).
	const lineitem = lines.map((l) =>
		compact({
			glaccountno: l.account,
			amount: money(l.amount.mul(sign), doc.currency),
			memo: l.memo,
			locationid: l.dims.locationid,
			departmentid: l.dims.departmentid,
			customfields: customFields(l.dims.udds),
			projectid: l.dims.projectid,
			classid: l.dims.classid,
			taxentries: l.tax
				? { taxentry: [{ detailid: l.tax.detailId, trx_tax: money(l.tax.amount.mul(sign), doc.currency) }] }
				: undefined,
		}),
	);
	return { lineitem, written, entity };
}

/**
 * Generic document lines (APBILLITEM and its kind): planLines in generic element names. UDDs are
 * GLDIM<name> elements on the line; tax entries TAXENTRIES.TAXENTRY {DETAILID, TRX_TAX}.
 */
export function genericLineItems(
	lookup: Lookup,
	doc: Document,
	sign: 1 | -1 = 1,
	options: { zeroTaxEntries?: boolean } = {},
): { items: XmlObject[]; written: Dec[]; entity?: string } {
	const { lines, written, entity } = planLines(lookup, doc, 'glAccount', options);
	const items = lines.map((l) =>
		compact({
			ACCOUNTNO: l.account,
			TRX_AMOUNT: money(l.amount.mul(sign), doc.currency),
			ENTRYDESCRIPTION: l.memo,
			LOCATIONID: l.dims.locationid,
			DEPARTMENTID: l.dims.departmentid,
			PROJECTID: l.dims.projectid,
			CLASSID: l.dims.classid,
			...Object.fromEntries(l.dims.udds),
			TAXENTRIES: l.tax
				? { TAXENTRY: [{ DETAILID: l.tax.detailId, TRX_TAX: money(l.tax.amount.mul(sign), doc.currency) }] }
				: undefined,
		}),
	);
	return { items, written, entity };
}

// ---------------------------------------------------------------------------------------------
// Write shapes
// ---------------------------------------------------------------------------------------------

/** create_invoice (AR invoice). */
export function createInvoice(lookup: Lookup, doc: Document, action?: string): WriteShape {
	const s = lookup.settings;
	const { lineitem, written, entity } = legacyLineItems(lookup, doc, 1);
	const useTerm = !doc.dueDate && s.defaultTerm;
	if (!doc.dueDate && !useTerm)
		throw new DataError(lookup.record, 'dueDate', 'the invoice has no due date and no default term is set');
	const record = compact({
		customerid: partyId(lookup, doc.partyId, doc.partyRole === 'customer' ? 'company' : 'vendor'),
		datecreated: dateParts(doc.issueDate),
		dateposted: doc.postingDate ? dateParts(doc.postingDate) : undefined,
		datedue: doc.dueDate ? dateParts(doc.dueDate) : undefined,
		termname: useTerm ? s.defaultTerm : undefined,
		action: action ?? actionOf(lookup, doc.sourceStatus),
		invoiceno: s.numberingOwner === 'source' ? doc.number : undefined,
		ponumber: doc.reference,
		description: doc.description,
		externalid: doc.source.id,
		...legacyCurrency(lookup, doc.currency, doc.exchangeRate, doc.issueDate),
		taxsolutionid: s.taxHandling === 'taxEntries' ? s.taxSolutionId : undefined,
		invoiceitems: { lineitem },
	});
	return { target: 'create_invoice', record, entity, total: money(sum(written), doc.currency), currency: doc.currency };
}

/** create_aradjustment: a credit memo (negative lines) for a credit note. */
export function createArAdjustment(lookup: Lookup, doc: Document, action?: string): WriteShape {
	const s = lookup.settings;
	const { lineitem, written, entity } = legacyLineItems(lookup, doc, -1);
	const record = compact({
		customerid: partyId(lookup, doc.partyId, 'company'),
		datecreated: dateParts(doc.issueDate),
		dateposted: doc.postingDate ? dateParts(doc.postingDate) : undefined,
		adjustmentno: s.numberingOwner === 'source' ? doc.number : undefined,
		action: action ?? actionOf(lookup, doc.sourceStatus),
		description: doc.description ?? doc.reference,
		externalid: doc.source.id,
		...legacyCurrency(lookup, doc.currency, doc.exchangeRate, doc.issueDate),
		taxsolutionid: s.taxHandling === 'taxEntries' ? s.taxSolutionId : undefined,
		aradjustmentitems: { lineitem },
	});
	return {
		target: 'create_aradjustment',
		record,
		entity,
		total: money(sum(written).neg(), doc.currency),
		currency: doc.currency,
	};
}

/**
 * create_apadjustment: a vendor credit (a supplier's credit note or a negative bill; type
 * vendorCredit, amounts positive in the model) as a debit memo, i.e. negative lines (sign ASSUMED,
 * INTACCT.apDebitMemoSign). The record is what the Sage Intacct node's AP Adjustment > Create takes
 * as a whole record (legacy element names in api.xsd order). `billNo` is the credited bill's
 * number, a reference only (Intacct's `billno`).
 */
export function createApAdjustment(
	lookup: Lookup,
	doc: Document,
	vendorId: string,
	action?: string,
	billNo?: string,
): WriteShape {
	if (doc.type !== 'vendorCredit') {
		throw new DataError(
			lookup.record,
			'type',
			`is ${doc.type}: only vendor credits (supplier credit notes, negative bills) are written as AP adjustments (debit memos)`,
		);
	}
	const s = lookup.settings;
	const { lineitem, written, entity } = legacyLineItems(lookup, doc, INTACCT.apDebitMemoSign);
	const record = compact({
		vendorid: vendorId,
		datecreated: dateParts(doc.issueDate),
		dateposted: doc.postingDate ? dateParts(doc.postingDate) : undefined,
		adjustmentno: s.numberingOwner === 'source' ? doc.number : undefined,
		action: action ?? actionOf(lookup, doc.sourceStatus),
		billno: billNo,
		description: doc.description ?? doc.reference,
		externalid: doc.source.id,
		...legacyCurrency(lookup, doc.currency, doc.exchangeRate, doc.issueDate),
		taxsolutionid: s.taxHandling === 'taxEntries' ? s.taxSolutionId : undefined,
		apadjustmentitems: { lineitem },
	});
	return {
		target: 'create_apadjustment',
		record,
		entity,
		total: money(sum(written).mul(INTACCT.apDebitMemoSign), doc.currency),
		currency: doc.currency,
	};
}

/**
 * create_sotransaction (Order Entry sales invoice). Lines need items: the accounts table's
 * itemId. Quantity and unit price are kept when they reproduce the rounded line amount exactly,
 * otherwise the line is written as 1 x amount with the quantity in the memo.
 */
export function createSoTransaction(
	lookup: Lookup,
	doc: Document,
	options: { taxByIntacct?: boolean } = {},
): WriteShape {
	const s = lookup.settings;
	const dp = currencyDecimals(doc.currency);
	const headerDims = dimensionsOf(lookup, doc.dims.dimensionCode, 'location');
	let entity = headerDims.entity;
	const items: XmlObject[] = [];
	const written: Dec[] = [];
	for (const line of doc.lines) {
		const split = splitLine(line, doc.currency);
		const key = accountKeyOf(lookup, line);
		const itemid = lookup.value('accounts', 'itemId', key.field, requireCode(lookup, key.value, key.field, 'account'));
		const dims = lineDims(lookup, line, headerDims);
		if (dims.entity && entity && dims.entity !== entity) {
			throw new DataError(
				lookup.record,
				`lines[${line.lineNo}].location`,
				`maps to entity ${dims.entity} but the document maps to ${entity}`,
			);
		}
		entity = entity ?? dims.entity;
		const memoText = memo(lookup, doc, line);
		const so = (id: string, quantity: string, price: string, text: string): XmlObject =>
			// XSD order: itemid, itemdesc, quantity, price, locationid, departmentid, memo, customfields, projectid, classid.
			compact({
				itemid: id,
				quantity,
				price,
				locationid: dims.locationid,
				departmentid: dims.departmentid,
				memo: text,
				customfields: customFields(dims.udds),
				projectid: dims.projectid,
				classid: dims.classid,
			});
		const qty = Dec.from(line.quantity);
		const price = split.item.divExact(qty, 10);
		if (price && !qty.isZero() && qty.mul(price).round(dp).eq(split.item)) {
			items.push(so(itemid, qty.toString(), price.toString(), memoText));
		} else {
			items.push(
				so(itemid, '1', money(split.item, doc.currency), `${memoText} (${qty.toString()} x ${line.unitPrice})`),
			);
		}
		written.push(split.item);
		if (!split.discount.isZero()) {
			const discountItem = lookup.value('accounts', 'itemId', `lines[${line.lineNo}].discount`, 'discount');
			items.push(so(discountItem, '1', money(split.discount.neg(), doc.currency), `Discount: ${memoText}`));
			written.push(split.discount.neg());
		}
		if (!split.tax.isZero() && !options.taxByIntacct) {
			const row = taxRowOf(lookup, line);
			if (!row.taxItemId) {
				throw new DataError(
					lookup.record,
					`lines[${line.lineNo}].taxRate`,
					`Order Entry invoices need taxItemId in the taxCodes row "${row.source}" to carry the line's tax`,
				);
			}
			items.push(
				so(
					row.taxItemId,
					'1',
					money(split.tax, doc.currency),
					`Tax${row.taxDetailId ? ` ${row.taxDetailId}` : ''}: ${memoText}`,
				),
			);
			written.push(split.tax);
		}
	}
	// With externally calculated tax, Intacct adds the tax: the lines written are the net.
	checkWrittenTotal(
		lookup.record,
		'total',
		written,
		Dec.from(options.taxByIntacct ? doc.totals.net : doc.totals.gross),
		doc.currency,
	);
	const useTerm = !doc.dueDate && s.defaultTerm;
	const record = compact({
		transactiontype: s.oeTransactionType,
		datecreated: dateParts(doc.issueDate),
		dateposted: doc.postingDate ? dateParts(doc.postingDate) : undefined,
		customerid: partyId(lookup, doc.partyId, 'company'),
		documentno: s.numberingOwner === 'source' ? doc.number : undefined,
		referenceno: doc.reference,
		termname: useTerm ? s.defaultTerm : undefined,
		datedue: doc.dueDate ? dateParts(doc.dueDate) : undefined,
		externalid: doc.source.id,
		...legacyCurrency(lookup, doc.currency, doc.exchangeRate, doc.issueDate),
		state: actionOf(lookup, doc.sourceStatus) === 'Draft' ? 'Draft' : 'Pending',
		sotransitems: { sotransitem: items },
	});
	return {
		target: 'create_sotransaction',
		record,
		entity,
		total: money(sum(written), doc.currency),
		currency: doc.currency,
	};
}

/** CUSTOMER or VENDOR (generic create/update) from a party. */
export function customerRecord(lookup: Lookup, party: Party, object: 'CUSTOMER' | 'VENDOR' = 'CUSTOMER'): WriteShape {
	const s = lookup.settings;
	const billing = party.addresses.find((a) => a.kind === 'billing') ?? party.addresses[0];
	const id = s.customerIdStrategy === 'autoNumber' ? undefined : partyId(lookup, party.source.id, '_id');
	const record = compact({
		[object === 'CUSTOMER' ? 'CUSTOMERID' : 'VENDORID']: id,
		NAME: party.name,
		STATUS: party.active ? 'active' : 'inactive',
		TERMNAME: party.paymentTerm ?? s.defaultTerm,
		CURRENCY: party.currency,
		TAXID: party.taxId,
		DISPLAYCONTACT: compact({
			PRINTAS: party.printAs ?? party.name,
			COMPANYNAME: party.kind === 'company' ? party.name : undefined,
			FIRSTNAME: party.contact?.firstName,
			LASTNAME: party.contact?.lastName,
			PHONE1: party.contact?.phone,
			CELLPHONE: party.contact?.mobile,
			EMAIL1: party.email ?? party.contact?.email,
			MAILADDRESS: billing
				? compact({
						ADDRESS1: billing.line1,
						ADDRESS2: billing.line2,
						CITY: billing.city,
						STATE: billing.state,
						ZIP: billing.zip,
						COUNTRY: billing.country,
					})
				: undefined,
		}),
	});
	// Created at the top level (no entity) so every entity can use the customer or vendor.
	return { target: object, record };
}

/** Payment method, bank account or undeposited funds account for a source method. */
function depositOf(lookup: Lookup, method: string | undefined, field: string): XmlObject {
	const row = lookup.row('paymentMethods', field, method ?? '');
	if (!row.bankAccountId && !row.undepositedAccountNo) {
		throw new DataError(
			lookup.record,
			field,
			`the paymentMethods row "${row.source}" needs a bankAccountId or an undepositedAccountNo`,
		);
	}
	return compact({
		PAYMENTMETHOD: row.paymentMethod,
		FINANCIALENTITY: row.bankAccountId,
		UNDEPOSITEDACCOUNTNO: row.bankAccountId ? undefined : row.undepositedAccountNo,
	});
}

/** Intacct RECORDNO of a source document already synced (documentLinks table). */
export function linkedRecord(
	lookup: Lookup,
	sourceDocId: string,
	field: string,
): { recordNo: string; partyId?: string } {
	const row = lookup.row('documentLinks', field, sourceDocId, 'target = the Intacct RECORDNO of the synced document');
	return { recordNo: row.target, partyId: row.partyId };
}

/** ARPYMT: money received, applied to the invoices it pays. */
export function arPayment(lookup: Lookup, payment: Payment, customerId: string): WriteShape {
	const dp = currencyDecimals(payment.currency);
	const details = payment.allocations.map((a, i) => ({
		RECORDKEY: linkedRecord(lookup, a.toId, `allocations[${i + 1}].invoice`).recordNo,
		TRX_PAYMENTAMOUNT: Dec.from(a.amount).toFixed(dp),
	}));
	const allocated = sum(details.map((d) => Dec.from(d.TRX_PAYMENTAMOUNT)));
	const overpayment = Dec.from(payment.amount).round(dp).sub(allocated);
	if (overpayment.isNegative()) {
		throw new DataError(
			lookup.record,
			'amount',
			`allocations of ${allocated.toFixed(dp)} exceed the payment of ${Dec.from(payment.amount).toFixed(dp)}`,
		);
	}
	if (!details.length)
		throw new DataError(
			lookup.record,
			'allocations',
			'the payment is not applied to any invoice; convert it as an advance instead',
		);
	const dims = dimensionsOf(lookup, payment.dims.dimensionCode, 'location');
	const record = compact({
		...depositOf(lookup, payment.method, 'method'),
		CUSTOMERID: customerId,
		RECEIPTDATE: mmddyyyy(payment.date),
		PAYMENTDATE: mmddyyyy(payment.date),
		DOCNUMBER: payment.reference,
		DESCRIPTION: payment.description,
		...genericCurrency(lookup, payment.currency, payment.exchangeRate, payment.date),
		OVERPAYMENTAMOUNT: overpayment.isZero() ? undefined : overpayment.toFixed(dp),
		OVERPAYMENTLOCATIONID: overpayment.isZero() ? undefined : dims.locationid,
		OVERPAYMENTDEPARTMENTID: overpayment.isZero() ? undefined : dims.departmentid,
		ACTION: payment.status === 'draft' ? 'Draft' : undefined,
		ARPYMTDETAILS: { ARPYMTDETAIL: details },
	});
	checkWrittenTotal(lookup.record, 'amount', [allocated, overpayment], Dec.from(payment.amount), payment.currency);
	return {
		target: 'ARPYMT',
		record,
		entity: dims.entity,
		total: allocated.add(overpayment).toFixed(dp),
		currency: payment.currency,
	};
}

/** ARADVANCE: money received before any invoice (an overpayment), on the advances account. */
export function arAdvance(lookup: Lookup, payment: Payment, customerId: string): WriteShape {
	const dp = currencyDecimals(payment.currency);
	const dims = dimensionsOf(lookup, payment.dims.dimensionCode, 'location');
	const amount = Dec.from(payment.amount).round(dp);
	const record = compact({
		CUSTOMERID: customerId,
		...depositOf(lookup, payment.method, 'method'),
		PAYMENTDATE: mmddyyyy(payment.date),
		RECEIPTDATE: mmddyyyy(payment.date),
		DOCNUMBER: payment.reference,
		DESCRIPTION: payment.description,
		...genericCurrency(lookup, payment.currency, payment.exchangeRate, payment.date),
		ARADVANCEITEMS: {
			ARADVANCEITEM: [
				compact({
					ACCOUNTNO: lookup.value('accounts', 'glAccount', 'advance account', 'advance'),
					TRX_AMOUNT: amount.toFixed(dp),
					LOCATIONID: dims.locationid,
					DEPARTMENTID: dims.departmentid,
					PROJECTID: dims.projectid,
					CLASSID: dims.classid,
					...Object.fromEntries(dims.udds),
				}),
			],
		},
	});
	return { target: 'ARADVANCE', record, entity: dims.entity, total: amount.toFixed(dp), currency: payment.currency };
}

/**
 * ARPYMT that applies existing credit to an invoice (credit-only payment): a credit memo
 * (ADJUSTMENTKEY) or an advance (ADVANCEKEY). No money moves, so no bank account.
 */
export function creditApplication(
	lookup: Lookup,
	allocation: Allocation,
	credit: 'adjustment' | 'advance',
	currency: string,
	customerId: string,
	fallbackDate: string,
): WriteShape {
	const dp = currencyDecimals(currency);
	const invoice = linkedRecord(lookup, allocation.toId, 'allocation.target');
	const from = linkedRecord(lookup, allocation.fromId, credit === 'adjustment' ? 'credit note' : 'overpayment');
	const amount = Dec.from(allocation.amount).round(dp).toFixed(dp);
	const date = allocation.date ?? fallbackDate;
	const detail =
		credit === 'adjustment'
			? { RECORDKEY: invoice.recordNo, ADJUSTMENTKEY: from.recordNo, TRX_ADJUSTMENTAMOUNT: amount }
			: { RECORDKEY: invoice.recordNo, ADVANCEKEY: from.recordNo, TRX_POSTEDADVANCEAMOUNT: amount };
	const record = compact({
		CUSTOMERID: customerId,
		RECEIPTDATE: mmddyyyy(date),
		PAYMENTDATE: mmddyyyy(date),
		CURRENCY: currency,
		ARPYMTDETAILS: { ARPYMTDETAIL: [detail] },
	});
	return { target: 'ARPYMT', record, total: amount, currency };
}

/**
 * create_aradjustment for a refund paid out of a credit: a debit memo (positive line) on the GL
 * account of the bank or clearing account the money left through (paymentMethods row: glAccount,
 * else its undepositedAccountNo), with the credit's location dimensions. Intacct's 2019 schema has
 * no customer refund, so the debit memo is then settled by the credit (refundApplication).
 * ASSUMPTION (INTACCT.refundAsDebitMemo). Intacct numbers it: a refund has no number of its own.
 */
export function createRefundDebitMemo(lookup: Lookup, refund: Refund, creditRate: string | undefined): WriteShape {
	const dp = currencyDecimals(refund.currency);
	const row = lookup.row(
		'paymentMethods',
		'refund.account',
		refund.method ?? '',
		'with column "glAccount" (the refund GL account)',
	);
	const glaccountno = row.glAccount ?? row.undepositedAccountNo;
	if (!glaccountno) {
		throw new MappingError(
			lookup.record,
			'refund.account',
			refund.method ?? '',
			'paymentMethods',
			'the row exists but its columns "glAccount" and "undepositedAccountNo" are empty',
		);
	}
	const dims = dimensionsOf(lookup, refund.dims.dimensionCode, 'location');
	const amount = Dec.from(refund.amount).round(dp);
	const credit = refund.refunds.number ?? refund.refunds.id;
	// ASSUMPTION (INTACCT.refundRateOfCredit): with the source-rate policy the debit memo takes the
	// credit's rate (the refund charge has none), so the memo and the credit clear at the same base amount.
	const currency = legacyCurrency(lookup, refund.currency, refund.exchangeRate ?? creditRate, refund.date);
	const record = compact({
		customerid: partyId(lookup, refund.partyId, 'company'),
		datecreated: dateParts(refund.date),
		action: 'Submit',
		description: `Refund of ${refund.refunds.type === 'creditNote' ? 'credit note' : 'overpayment'} ${credit}${refund.reference ? `: ${refund.reference}` : ''}`,
		externalid: refund.source.id,
		...currency,
		aradjustmentitems: {
			lineitem: [
				compact({
					glaccountno,
					amount: amount.toFixed(dp),
					memo: `Refund of ${credit}: ${refund.reference ?? refund.source.id}`,
					locationid: dims.locationid,
					departmentid: dims.departmentid,
					customfields: customFields(dims.udds),
					projectid: dims.projectid,
					classid: dims.classid,
				}),
			],
		},
	});
	return {
		target: 'create_aradjustment',
		record,
		entity: dims.entity,
		total: amount.toFixed(dp),
		currency: refund.currency,
	};
}

/**
 * ARPYMT that settles a refund's debit memo with the credit memo it was paid from: one detail
 * with POSADJKEY (the debit memo) and ADJUSTMENTKEY / TRX_ADJUSTMENTAMOUNT (the credit memo), no
 * cash. documentLinks: the credit note's id -> credit memo RECORDNO; the refund's id -> debit memo RECORDNO.
 */
export function refundApplication(lookup: Lookup, refund: Refund, customerId: string): WriteShape {
	const dp = currencyDecimals(refund.currency);
	const creditMemo = linkedRecord(lookup, refund.refunds.id, 'refund.creditNote');
	const debitMemo = linkedRecord(lookup, refund.source.id, 'refund.debitMemo');
	const amount = Dec.from(refund.amount).round(dp).toFixed(dp);
	const record = compact({
		CUSTOMERID: customerId,
		RECEIPTDATE: mmddyyyy(refund.date),
		PAYMENTDATE: mmddyyyy(refund.date),
		CURRENCY: refund.currency,
		DESCRIPTION: `Refund ${refund.reference ?? refund.source.id}: credit ${refund.refunds.number ?? refund.refunds.id} applied to its debit memo`,
		ARPYMTDETAILS: {
			ARPYMTDETAIL: [
				{ POSADJKEY: debitMemo.recordNo, ADJUSTMENTKEY: creditMemo.recordNo, TRX_ADJUSTMENTAMOUNT: amount },
			],
		},
	});
	return { target: 'ARPYMT', record, total: amount, currency: refund.currency };
}

// ---------------------------------------------------------------------------------------------
// Readers (records as the Sage Intacct node outputs them)
// ---------------------------------------------------------------------------------------------

export type IntacctRecord = Record<string, unknown>;

function str(v: unknown): string | undefined {
	if (v === undefined || v === null) return undefined;
	const s = String(v).trim();
	return s === '' ? undefined : s;
}

/** Owned arrays come back as one object or a list, depending on their count. */
export function many(value: unknown): IntacctRecord[] {
	if (value === undefined || value === null || value === '') return [];
	return (Array.isArray(value) ? value : [value]) as IntacctRecord[];
}

export function refOf(record: IntacctRecord, type: string): RecordRef & { version: string } {
	const id = str(record.RECORDNO);
	if (!id)
		throw new DataError(
			{ system: 'intacct', type, id: '(unknown)' },
			'RECORDNO',
			'is missing; read the record with its RECORDNO',
		);
	return {
		system: 'intacct',
		type,
		id,
		number: str(record.RECORDID) ?? str(record.DOCNUMBER),
		version: str(record.WHENMODIFIED) ?? 'v0',
	};
}

/**
 * ARPYMT as read (with its ARPYMTDETAILS when read by `read`, or the details' invoice links
 * supplied beside it). Applied invoices are ARPYMTDETAIL.RECORDKEY; the amount TRX_PAYMENTAMOUNT.
 */
export function readArPayment(record: IntacctRecord): Payment {
	return readIntacctPayment(record, 'ARPYMT');
}

/** APPYMT as read, with its APPYMTDETAILS (RECORDKEY = the paid bill). */
export function readApPayment(record: IntacctRecord): Payment {
	return readIntacctPayment(record, 'APPYMT');
}

function readIntacctPayment(record: IntacctRecord, object: 'ARPYMT' | 'APPYMT'): Payment {
	const ref = refOf(record, object);
	const container = `${object}DETAILS`;
	const details = many((record[container] as IntacctRecord | undefined)?.[`${object}DETAIL`] ?? record[container]);
	const currency = str(record.CURRENCY) ?? str(record.BASECURR);
	if (!currency) throw new DataError(ref, 'CURRENCY', 'is missing');
	const amountText =
		str(record.TRX_TOTALENTERED) ?? str(record.TRX_AMOUNTTOPAY) ?? str(record.TOTALENTERED) ?? str(record.AMOUNTTOPAY);
	if (!amountText) throw new DataError(ref, 'TRX_TOTALENTERED', 'is missing; read the payment with its amount');
	const allocations = details
		.filter((d) => str(d.RECORDKEY))
		.map((d, i) => ({
			id: str(d.RECORDNO),
			fromId: ref.id,
			toId: str(d.RECORDKEY)!,
			amount: Dec.from(
				str(d.TRX_PAYMENTAMOUNT) ?? str(d.PAYMENTAMOUNT) ?? '0',
				`${container}[${i + 1}].TRX_PAYMENTAMOUNT`,
			).toString(),
		}));
	const amount = Dec.from(amountText, 'TRX_TOTALENTERED');
	const allocated = sum(allocations.map((a) => Dec.from(a.amount)));
	const state = str(record.STATE) ?? '';
	return {
		source: { system: 'intacct', type: object, id: ref.id, version: ref.version, number: ref.number },
		kind: 'payment',
		partyId: str(object === 'ARPYMT' ? record.CUSTOMERID : record.VENDORID),
		partyRole: object === 'ARPYMT' ? 'customer' : 'vendor',
		date: isoFromIntacct(record.RECEIPTDATE ?? record.PAYMENTDATE ?? record.WHENPAID, ref, 'RECEIPTDATE'),
		amount: amount.toString(),
		currency,
		exchangeRate: str(record.EXCHANGE_RATE),
		method: str(record.PAYMENTMETHOD),
		reference: str(record.DOCNUMBER),
		description: str(record.DESCRIPTION),
		status: INTACCT.reversedPaymentStates.includes(state)
			? 'reversed'
			: state === 'D' || state === 'Draft'
				? 'draft'
				: 'received',
		sourceStatus: state,
		allocations,
		unallocated: amount.sub(allocated).toString(),
		dims: { dimensionCode: str(record.LOCATIONID) },
	};
}

/**
 * APBILL (AP bill), the record the Sage Intacct node's AP Bill > Create (Record Source: whole
 * record) takes: generic field names, dates mm/dd/yyyy, lines APBILLITEMS.APBILLITEM[] with their
 * dimensions and, with tax handling "taxEntries", TAXENTRIES per line (the legacy create_bill of
 * the 2019 schema has no tax entries on lines). No EXTERNALID on APBILL: the bill is identified by
 * VENDORID + RECORDID (the source number, numbering owner "source").
 */
export function createBill(lookup: Lookup, doc: Document, vendorId: string, action?: string): WriteShape {
	const s = lookup.settings;
	// Bills keep the tax detail of zero-rated lines (tax entries only).
	const { items, written, entity } = genericLineItems(lookup, doc, 1, { zeroTaxEntries: true });
	const state = action ?? actionOf(lookup, doc.sourceStatus);
	const currency = genericCurrency(lookup, doc.currency, doc.exchangeRate, doc.issueDate);
	// As on the legacy documents, the policy "none" sends no currency: the bill takes the company's.
	if (s.currencyPolicy === 'none') delete currency.CURRENCY;
	const useTerm = !doc.dueDate && s.defaultTerm;
	// Reference 4.7: WHENDUE is required unless the bill is saved as a draft.
	if (!doc.dueDate && !useTerm && state !== 'Draft')
		throw new DataError(lookup.record, 'dueDate', 'the bill has no due date and no default term is set');
	const record = compact({
		VENDORID: vendorId,
		WHENCREATED: mmddyyyy(doc.issueDate),
		WHENPOSTED: doc.postingDate ? mmddyyyy(doc.postingDate) : undefined,
		WHENDUE: doc.dueDate ? mmddyyyy(doc.dueDate) : undefined,
		TERMNAME: useTerm ? s.defaultTerm : undefined,
		ACTION: state,
		RECORDID: s.numberingOwner === 'source' ? doc.number : undefined,
		DOCNUMBER: doc.reference,
		DESCRIPTION: doc.description,
		...currency,
		TAXSOLUTIONID: s.taxHandling === 'taxEntries' ? s.taxSolutionId : undefined,
		APBILLITEMS: { APBILLITEM: items },
	});
	return { target: 'APBILL', record, entity, total: money(sum(written), doc.currency), currency: doc.currency };
}

/** APPYMT: money paid to a vendor, applied to its bills. */
export function apPayment(lookup: Lookup, payment: Payment, vendorId: string): WriteShape {
	const dp = currencyDecimals(payment.currency);
	const details = payment.allocations.map((a, i) => ({
		RECORDKEY: linkedRecord(lookup, a.toId, `allocations[${i + 1}].bill`).recordNo,
		TRX_PAYMENTAMOUNT: Dec.from(a.amount).toFixed(dp),
	}));
	if (!details.length) throw new DataError(lookup.record, 'allocations', 'the payment is not applied to any bill');
	checkWrittenTotal(
		lookup.record,
		'amount',
		details.map((d) => Dec.from(d.TRX_PAYMENTAMOUNT)),
		Dec.from(payment.amount),
		payment.currency,
	);
	const deposit = depositOf(lookup, payment.method, 'method');
	if (!deposit.FINANCIALENTITY)
		throw new DataError(
			lookup.record,
			'method',
			'AP payments need the bank account (bankAccountId) of the paymentMethods row',
		);
	const record = compact({
		FINANCIALENTITY: deposit.FINANCIALENTITY,
		PAYMENTMETHOD: deposit.PAYMENTMETHOD,
		VENDORID: vendorId,
		PAYMENTDATE: mmddyyyy(payment.date),
		DOCNUMBER: payment.reference,
		DESCRIPTION: payment.description,
		...genericCurrency(lookup, payment.currency, payment.exchangeRate, payment.date),
		APPYMTDETAILS: { APPYMTDETAIL: details },
	});
	return { target: 'APPYMT', record, total: Dec.from(payment.amount).toFixed(dp), currency: payment.currency };
}

/** APBILL as read, with its APBILLITEMS. */
export function readApBill(record: IntacctRecord): Document {
	return readIntacctDocument(record, 'APBILL');
}

/** ARINVOICE as read, with its ARINVOICEITEMS. */
export function readArInvoice(record: IntacctRecord): Document {
	return readIntacctDocument(record, 'ARINVOICE');
}

/**
 * APADJUSTMENT as read, with its APADJUSTMENTITEMS: a debit memo (negative lines: a vendor's credit)
 * is type vendorCredit with positive amounts; a credit memo (positive: adds to what is owed) is type
 * bill. DOCNUMBER is the credited bill's number (billno).
 */
export function readApAdjustment(record: IntacctRecord): Document {
	return readIntacctDocument(record, 'APADJUSTMENT');
}

/**
 * An AP bill or AR invoice as read (with its line items nested): lines are TRX_AMOUNT (net)
 * with their TAXENTRIES; the lines plus tax must add up to TRX_TOTALENTERED.
 */
export function readIntacctDocument(
	record: IntacctRecord,
	object: 'APBILL' | 'ARINVOICE' | 'ARADJUSTMENT' | 'APADJUSTMENT',
): Document {
	const ref = refOf(record, object);
	const container = `${object}ITEMS`;
	const items = many((record[container] as IntacctRecord | undefined)?.[`${object}ITEM`] ?? record[container]);
	if (!items.length)
		throw new DataError(
			ref,
			container,
			`the document has no lines; read it with read (lines nested) or pass its ${container}`,
		);
	const isBill = object === 'APBILL';
	const isAdjustment = object === 'ARADJUSTMENT' || object === 'APADJUSTMENT';
	const isVendor = isBill || object === 'APADJUSTMENT';
	// Credit memos carry negative amounts; the model keeps credits positive (type creditNote). A
	// debit memo (positive amounts) adds to what the customer owes: type debitNote, never a credit note.
	const stated = str(record.TRX_TOTALENTERED) ?? str(record.TOTALENTERED);
	const signed =
		stated ??
		(isAdjustment
			? sum(items.map((it, i) => Dec.from(str(it.TRX_AMOUNT) ?? '0', `${container}[${i + 1}].TRX_AMOUNT`))).toString()
			: undefined);
	const credit = isAdjustment && signed !== undefined && Dec.from(signed).isNegative();
	const sign = credit ? -1 : 1;
	const currency = str(record.CURRENCY) ?? str(record.BASECURR);
	if (!currency) throw new DataError(ref, 'CURRENCY', 'is missing');
	if (String(record.INCLUSIVETAX ?? 'false') === 'true')
		throw new DataError(
			ref,
			'INCLUSIVETAX',
			'tax-inclusive documents are not converted yet; lines must carry TRX_AMOUNT net',
		);
	const lines = items.map((it, i) => {
		const field = `${container}[${i + 1}]`;
		const net = Dec.from(str(it.TRX_AMOUNT) ?? '', `${field}.TRX_AMOUNT`).mul(sign);
		const taxes = many((it.TAXENTRIES as IntacctRecord | undefined)?.TAXENTRY ?? it.TAXENTRIES);
		const tax = sum(taxes.map((t, k) => Dec.from(str(t.TRX_TAX) ?? '0', `${field}.TAXENTRIES[${k + 1}].TRX_TAX`))).mul(
			sign,
		);
		if (taxes.length > 1)
			throw new DataError(
				ref,
				`${field}.TAXENTRIES`,
				'a line with more than one tax entry cannot be written to a one-tax-code line',
			);
		return {
			lineNo: i + 1,
			kind: 'item' as const,
			description: str(it.ENTRYDESCRIPTION) ?? '',
			quantity: '1',
			unitPrice: net.toString(),
			discount: '0',
			net: net.toString(),
			tax: tax.toString(),
			gross: net.add(tax).toString(),
			accountCode: str(it.ACCOUNTNO),
			taxCode: taxes[0] ? str(taxes[0].DETAILID) : undefined,
			dims: { objectCode: str(it.DEPARTMENTID) ?? str(it.LOCATIONID), dimensionCode: undefined },
		};
	});
	const gross = sum(lines.map((l) => Dec.from(l.gross)));
	const tax = sum(lines.map((l) => Dec.from(l.tax)));
	if (
		stated &&
		!gross
			.mul(sign)
			.round(currencyDecimals(currency))
			.eq(Dec.from(stated).round(currencyDecimals(currency)))
	) {
		throw new DataError(
			ref,
			'TRX_TOTALENTERED',
			`the lines and their tax add up to ${gross.mul(sign).toFixed(currencyDecimals(currency))}, not ${stated}`,
		);
	}
	const state = str(record.STATE) ?? '';
	return {
		source: { system: 'intacct', type: object, id: ref.id, version: ref.version, number: str(record.RECORDID) },
		type: isVendor
			? credit
				? 'vendorCredit'
				: 'bill'
			: isAdjustment
				? credit
					? 'creditNote'
					: 'debitNote'
				: 'invoice',
		partyId: str(isVendor ? record.VENDORID : record.CUSTOMERID) ?? '',
		partyRole: isVendor ? 'vendor' : 'customer',
		number: str(record.RECORDID),
		reference: str(record.DOCNUMBER),
		description: str(record.DESCRIPTION),
		issueDate: isoFromIntacct(record.WHENCREATED, ref, 'WHENCREATED'),
		dueDate: str(record.WHENDUE) ? isoFromIntacct(record.WHENDUE, ref, 'WHENDUE') : undefined,
		currency,
		exchangeRate: str(record.EXCHANGE_RATE),
		taxMode: 'exclusive',
		lines,
		totals: { net: gross.sub(tax).toString(), tax: tax.toString(), gross: gross.toString() },
		status: state === 'Draft' ? 'draft' : state === 'Paid' ? 'paid' : state === 'Posted' ? 'posted' : 'submitted',
		sourceStatus: state,
		dims: {},
		credits: [],
		allocations: [],
	};
}

// ---------------------------------------------------------------------------------------------
// Master data readers (Intacct owns accounts, tax details and dimensions in every sync direction)
// ---------------------------------------------------------------------------------------------

function masterRef(record: IntacctRecord, type: string, idField: string): { id: string; version: string } {
	const id = str(record[idField]);
	if (!id)
		throw new DataError({ system: 'intacct', type, id: str(record.RECORDNO) ?? '(unknown)' }, idField, 'is missing');
	return { id, version: str(record.WHENMODIFIED) ?? 'v0' };
}

export function readGlAccount(record: IntacctRecord): Account {
	const { id, version } = masterRef(record, 'GLACCOUNT', 'ACCOUNTNO');
	const type = str(record.ACCOUNTTYPE) ?? '';
	return {
		source: { system: 'intacct', type: 'GLACCOUNT', id, version },
		code: id,
		name: str(record.TITLE) ?? id,
		kind: type === 'balancesheet' ? 'balance' : str(record.NORMALBALANCE) === 'credit' ? 'sales' : 'purchases',
		active: (str(record.STATUS) ?? 'active') === 'active',
	};
}

export function readTaxDetail(record: IntacctRecord): TaxCode {
	const { id, version } = masterRef(record, 'TAXDETAIL', 'DETAILID');
	const ref = { system: 'intacct', type: 'TAXDETAIL', id };
	const type = str(record.TAXTYPE);
	if (type !== 'S' && type !== 'P')
		throw new DataError(ref, 'TAXTYPE', `is "${type ?? ''}"; expected S (sales) or P (purchases)`);
	return {
		source: { system: 'intacct', type: 'TAXDETAIL', id, version },
		code: id,
		name: str(record.DESCRIPTION) ?? id,
		rate: Dec.from(str(record.VALUE) ?? '0', 'VALUE').toString(),
		usage: type === 'S' ? 'sales' : 'purchases',
		active: (str(record.STATUS) ?? 'active') === 'active',
	};
}

/** Dimension objects and their id fields: LOCATION, DEPARTMENT, CLASS, PROJECT; UDDs use "id". */
export const DIMENSION_ID_FIELDS: Record<string, string> = {
	LOCATION: 'LOCATIONID',
	DEPARTMENT: 'DEPARTMENTID',
	CLASS: 'CLASSID',
	PROJECT: 'PROJECTID',
};

export function readDimensionValue(record: IntacctRecord, dimension: string): DimensionValue {
	const idField = DIMENSION_ID_FIELDS[dimension] ?? 'id';
	const { id, version } = masterRef(record, dimension, idField);
	return {
		source: { system: 'intacct', type: dimension, id, version },
		dimension,
		code: id,
		name: str(record.TITLE) ?? str(record.NAME) ?? str(record.name) ?? id,
		parentCode: str(record.PARENTID),
		active: (str(record.STATUS) ?? 'active') === 'active',
	};
}

/** CUSTOMER or VENDOR as read: the party and its display contact (flattened fields). */
export function readIntacctParty(record: IntacctRecord, object: 'CUSTOMER' | 'VENDOR'): Party {
	const idField = object === 'CUSTOMER' ? 'CUSTOMERID' : 'VENDORID';
	const { id, version } = masterRef(record, object, idField);
	const contact = (record.DISPLAYCONTACT as IntacctRecord | undefined) ?? record;
	const mail = (contact.MAILADDRESS as IntacctRecord | undefined) ?? contact;
	const name = str(record.NAME);
	if (!name) throw new DataError({ system: 'intacct', type: object, id }, 'NAME', 'is missing');
	return {
		source: { system: 'intacct', type: object, id, version },
		role: object === 'CUSTOMER' ? 'customer' : 'vendor',
		kind: 'company',
		name,
		printAs: str(contact.PRINTAS),
		taxId: str(record.TAXID),
		currency: str(record.CURRENCY),
		active: (str(record.STATUS) ?? 'active') === 'active',
		email: str(contact.EMAIL1),
		contact: {
			firstName: str(contact.FIRSTNAME),
			lastName: str(contact.LASTNAME),
			email: str(contact.EMAIL1),
			phone: str(contact.PHONE1),
			mobile: str(contact.CELLPHONE),
			fax: str(contact.FAX),
		},
		addresses:
			str(mail.ADDRESS1) || str(mail.CITY)
				? [
						{
							kind: 'billing',
							line1: str(mail.ADDRESS1),
							line2: str(mail.ADDRESS2),
							city: str(mail.CITY),
							state: str(mail.STATE),
							zip: str(mail.ZIP),
							country: str(mail.COUNTRY),
						},
					]
				: [],
	};
}

/**
 * ARADVANCE as read (or an ARPYMT with an overpayment): money received from a customer and not
 * applied to any invoice. Amount TRX_TOTALENTERED (or OVERPAYMENTAMOUNT), date RECEIPTDATE.
 */
export function readArAdvance(record: IntacctRecord): Payment {
	const type = record.OVERPAYMENTAMOUNT !== undefined && record.ARADVANCEITEMS === undefined ? 'ARPYMT' : 'ARADVANCE';
	const ref = refOf(record, type);
	const currency = str(record.CURRENCY) ?? str(record.BASECURR);
	if (!currency) throw new DataError(ref, 'CURRENCY', 'is missing');
	const text =
		type === 'ARPYMT' ? str(record.OVERPAYMENTAMOUNT) : (str(record.TRX_TOTALENTERED) ?? str(record.TOTALENTERED));
	if (!text) throw new DataError(ref, type === 'ARPYMT' ? 'OVERPAYMENTAMOUNT' : 'TRX_TOTALENTERED', 'is missing');
	const amount = Dec.from(text, 'amount');
	if (!amount.cmp(0) || amount.isNegative())
		throw new DataError(ref, 'amount', `is ${amount.toString()}; an overpayment must be positive`);
	const state = str(record.STATE) ?? '';
	if (INTACCT.reversedPaymentStates.includes(state))
		throw new DataError(ref, 'STATE', 'the advance is reversed in Intacct; nothing to record');
	const items = many((record.ARADVANCEITEMS as IntacctRecord | undefined)?.ARADVANCEITEM ?? record.ARADVANCEITEMS);
	return {
		source: { system: 'intacct', type, id: ref.id, version: ref.version, number: str(record.DOCNUMBER) },
		kind: 'overpayment',
		partyId: str(record.CUSTOMERID),
		partyRole: 'customer',
		date: isoFromIntacct(record.RECEIPTDATE ?? record.PAYMENTDATE, ref, 'RECEIPTDATE'),
		amount: amount.toString(),
		currency,
		exchangeRate: str(record.EXCHANGE_RATE),
		method: str(record.PAYMENTMETHOD),
		reference: str(record.DOCNUMBER),
		description: str(record.DESCRIPTION),
		status: 'received',
		sourceStatus: state,
		allocations: [],
		unallocated: amount.toString(),
		dims: { dimensionCode: str(record.OVERPAYMENTLOCATIONID) ?? str(items[0]?.LOCATIONID) ?? str(record.LOCATIONID) },
	};
}

/**
 * ITEM for an account of a system that posts through Order Entry and Purchasing (Re-Leased: its
 * chart of accounts becomes items with the "[s]" (sales) or "[p]" (purchasing) suffix).
 */
export function itemRecord(
	lookup: Lookup,
	code: string,
	name: string,
	usage: 'sales' | 'purchases',
	field: string,
): WriteShape {
	const suffix = usage === 'sales' ? '[s]' : '[p]';
	return {
		target: 'ITEM',
		record: compact({
			ITEMID: `${code} ${suffix}`,
			NAME: `${name} ${suffix}`,
			ITEMTYPE: usage === 'sales' ? 'Non-Inventory (Sales only)' : 'Non-Inventory (Purchase only)',
			STATUS: 'active',
			GLGROUP: lookup.value('accounts', 'target', field, code),
		}),
	};
}
