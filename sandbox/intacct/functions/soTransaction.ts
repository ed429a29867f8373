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
	requireCustomer,
	requireLocation,
	round2,
	text,
} from './arCommon';
import { insertInvoice } from './arInvoice';
import type { IntacctFunctionHandler } from './types';

/**
 * create_sotransaction (notes §4.12): a document of a transaction definition (SODOCUMENTPARAMS).
 * DOCID = "<definition>-<number>". Definitions that post to AR also create an ARINVOICE with
 * MODULEKEY 8.SO, linked by PRRECORDKEY (notes §3.6).
 */
const LABEL = 'Sales Transaction';

export const create_sotransaction: IntacctFunctionHandler = (ctx, el) => {
	const type = text(el, 'transactiontype');
	const definition = findBy(ctx, 'SODOCUMENTPARAMS', 'DOCID', type);
	if (!definition)
		failWith('create', LABEL, AR_ERR.invalidReference('Transaction Definition', type, 'transactiontype'));
	const customerId = text(el, 'customerid');
	const customer = requireCustomer(ctx, customerId, 'customerid', 'create', LABEL);
	const state = text(el, 'state');
	// ASSUMED: state values accepted by create_sotransaction.
	if (state && !['Draft', 'Pending', 'Closed'].includes(state)) {
		failWith('create', LABEL, AR_ERR.rule(`state '${state}' is not valid.`, 'Use Draft, Pending or Closed.'));
	}
	const lines = list(el, 'sotransitems', 'sotransitem').map((it, i) => {
		const where = `sotransitems/sotransitem[${i + 1}]`;
		const item = findBy(ctx, 'ITEM', 'ITEMID', text(it, 'itemid'));
		if (!item) failWith('create', LABEL, AR_ERR.invalidReference('Item', text(it, 'itemid'), `${where}/itemid`));
		const quantity = num(text(it, 'quantity'));
		if (quantity === 0) failWith('create', LABEL, AR_ERR.rule(`${where}/quantity must not be 0.`));
		requireLocation(ctx, text(it, 'locationid'), `${where}/locationid`, 'create', LABEL);
		const price = text(it, 'price') ? num(text(it, 'price')) : num(item.fields.BASEPRICE);
		const discount = num(text(it, 'discountpercent'));
		return {
			itemId: text(it, 'itemid'),
			desc: text(it, 'itemdesc') || String(item.fields.NAME ?? ''),
			unit: text(it, 'unit') || 'Each',
			quantity,
			price,
			value: round2(quantity * price * (1 - discount / 100)),
			location: text(it, 'locationid'),
			department: text(it, 'departmentid'),
			memo: text(it, 'memo'),
			account: String(item.fields.GLACCOUNTNO ?? '4000'),
		};
	});
	const documentNo =
		text(el, 'documentno') ||
		`${String(definition.fields.PREFIX ?? 'DOC')}${String(ctx.sys.store.list('SODOCUMENT').filter((d) => d.fields.DOCPARID === type).length + 1).padStart(4, '0')}`;
	const docId = `${type}-${documentNo}`;
	if (findBy(ctx, 'SODOCUMENT', 'DOCID', docId)) {
		failWith(
			'create',
			LABEL,
			AR_ERR.rule(
				`A transaction with the document ID '${docId}' already exists.`,
				'Use a unique document number or leave it blank.',
			),
		);
	}
	const base = baseCurrency(ctx);
	const currency = text(el, 'currency') || base;
	const rate = exchangeRate(currency, base, text(el, 'exchrate'), text(el, 'exchratetype'), LABEL, 'create');
	const total = round2(lines.reduce((s, l) => s + l.value, 0));
	const dateCreated = legacyDate(el, 'datecreated');
	let prRecordKey = '';
	if (definition.fields.POSTTOAR === 'true' && state !== 'Draft') {
		const sign = definition.fields.CATEGORY === 'Return' ? -1 : 1;
		const inv = insertInvoice(
			ctx,
			{
				customerId,
				dateCreated,
				datePosted: legacyDate(el, 'dateposted'),
				dateDue: legacyDate(el, 'datedue'),
				termName: text(el, 'termname'),
				draft: false,
				invoiceNo: documentNo,
				poNumber: text(el, 'referenceno'),
				description: text(el, 'message'),
				externalId: text(el, 'externalid'),
				currency,
				exchRate: text(el, 'exchrate'),
				exchRateType: text(el, 'exchratetype'),
				taxSolutionId: '',
				moduleKey: '8.SO',
				lines: lines.map((l) => ({
					accountNo: l.account,
					amount: sign * l.value,
					memo: l.memo || l.desc,
					dims: { LOCATIONID: l.location, ITEMID: l.itemId },
					taxEntries: [],
				})),
			},
			'create',
			LABEL,
		);
		prRecordKey = inv.id;
	}
	const entity = owningEntity(ctx);
	const doc = ctx.sys.store.insert('SODOCUMENT', {
		DOCID: docId,
		DOCNO: documentNo,
		DOCPARID: type,
		CUSTVENDID: customerId,
		CUSTVENDNAME: String(customer.fields.NAME ?? ''),
		PONUMBER: text(el, 'referenceno'),
		STATE: state || (definition.fields.POSTTOAR === 'true' ? 'Closed' : 'Pending'),
		EXTERNALID: text(el, 'externalid'),
		TERMNAME: text(el, 'termname'),
		MESSAGE: text(el, 'message'),
		DOCUMENTDATE: dateCreated,
		WHENDUE: legacyDate(el, 'datedue'),
		WHENPOSTED: legacyDate(el, 'dateposted') || dateCreated,
		CURRENCY: currency,
		BASECURR: base,
		SUBTOTAL: fmt(total * rate),
		TOTAL: fmt(total * rate),
		TRX_SUBTOTAL: fmt(total),
		TRX_TOTAL: fmt(total),
		EXCHANGE_RATE: String(rate),
		PRRECORDKEY: prRecordKey,
		CREATEDFROM: text(el, 'createdfrom'),
		MEGAENTITYID: entity,
	});
	lines.forEach((l, i) =>
		ctx.sys.store.insert('SODOCUMENTENTRY', {
			DOCHDRNO: doc.id,
			DOCHDRID: docId,
			// Notes §3.1: read returns zero-based LINE_NO for SODOCUMENT lines.
			LINE_NO: String(i),
			ITEMID: l.itemId,
			ITEMDESC: l.desc,
			UNIT: l.unit,
			LOCATIONID: l.location,
			DEPARTMENTID: l.department,
			MEMO: l.memo,
			QUANTITY: String(l.quantity),
			PRICE: fmt(l.price * rate),
			TRX_PRICE: fmt(l.price),
			TOTAL: fmt(l.value * rate),
			TRX_VALUE: fmt(l.value),
			MEGAENTITYID: entity,
		}),
	);
	// ASSUMED: create_sotransaction answers with the new DOCID as its <key>.
	return { key: docId };
};
