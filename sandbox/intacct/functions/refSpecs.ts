import type { Fields } from '../../core/store';
import { AR_ERR, baseCurrency, exchangeRate, failWith, findBy, fmt, genericDate, num, round2 } from './arCommon';
import { registerWriteSpec, type WriteSpec } from './generic';
import type { IntacctFunctionContext } from './types';

/**
 * What generic create/update accept for the reference, party, AP and GL objects (notes §4.1, 4.2,
 * 4.7-4.14). Required fields and rules follow the notes; anything beyond them is marked ASSUMED.
 */

const str = (v: unknown) => String(v ?? '').trim();

/** ASSUMED: document sequencing is on for parties, so a missing ID is generated (notes §4.1 allow both). */
function sequence(collection: string, field: string, prefix: string) {
	return (ctx: IntacctFunctionContext) => {
		let n = ctx.sys.store.count(collection) + 1;
		while (findBy(ctx, collection, field, `${prefix}${String(n).padStart(4, '0')}`)) n++;
		return `${prefix}${String(n).padStart(4, '0')}`;
	};
}

const party = (label: string, idField: string, prefix: string, letter: string): WriteSpec => ({
	label,
	// Notes §4.1/4.2: NAME and DISPLAYCONTACT/PRINTAS are required on create.
	required: ['NAME', 'PRINTAS'],
	flatten: ['DISPLAYCONTACT', 'MAILADDRESS'],
	autoId: sequence(label.toUpperCase(), idField, prefix),
	accepts: [
		'COMPANYNAME',
		'PREFIX',
		'EMAIL2',
		'PHONE2',
		'CELLPHONE',
		'FAX',
		'URL1',
		'ADDRESS1',
		'ADDRESS2',
		'ADDRESS3',
		'CITY',
		'STATE',
		'ZIP',
		'COUNTRY',
		'ISOCOUNTRYCODE',
		'TAXID',
		'TAXABLE',
		'TAXGROUP',
		'OFFSETGLACCOUNTNO',
		'ARACCOUNT',
		'APACCOUNT',
		'OFFSETGLACCOUNT',
		'DELIVERY_OPTIONS',
		'OBJECTRESTRICTION',
		'RESTRICTEDLOCATIONS',
		'VENDTYPE',
		'CUSTTYPE',
		'VENDORACCOUNTNO',
		'CREDITLIMIT',
		'ONHOLD',
		'COMMENTS',
	],
	refs: {
		TERMNAME: ['ARTERM', 'NAME', 'Term'],
		PARENTID: [label.toUpperCase(), idField, `Parent ${label.toLowerCase()}`],
	},
	validate(_ctx, f, _lines, verb) {
		if (f.STATUS !== undefined && !['active', 'inactive'].includes(str(f.STATUS))) {
			failWith(verb, label, AR_ERR.rule(`STATUS '${str(f.STATUS)}' is not valid.`, 'Use active or inactive.'));
		}
		if (
			f.OBJECTRESTRICTION !== undefined &&
			!['Unrestricted', 'RootOnly', 'Restricted'].includes(str(f.OBJECTRESTRICTION))
		) {
			failWith(
				verb,
				label,
				AR_ERR.rule(
					`OBJECTRESTRICTION '${str(f.OBJECTRESTRICTION)}' is not valid.`,
					'Use Unrestricted, RootOnly or Restricted.',
				),
			);
		}
	},
	derive(_ctx, f, _lines, existing): Fields {
		// Notes §4.1: CONTACTNAME defaults to NAME(C<CUSTOMERID>).
		if (existing || f.CONTACTNAME) return {};
		return { CONTACTNAME: `${str(f.NAME)}(${letter}${str(f[idField])})` };
	},
});

const simple = (label: string, required: string[], extra: Partial<WriteSpec> = {}): WriteSpec => ({
	label,
	required,
	validate(_ctx, f, _lines, verb) {
		if (f.STATUS !== undefined && !['active', 'inactive'].includes(str(f.STATUS))) {
			failWith(verb, label, AR_ERR.rule(`STATUS '${str(f.STATUS)}' is not valid.`, 'Use active or inactive.'));
		}
	},
	...extra,
});

const LINE_REFS: WriteSpec['refs'] = {
	ACCOUNTNO: ['GLACCOUNT', 'ACCOUNTNO', 'GL Account'],
	LOCATIONID: ['LOCATION', 'LOCATIONID', 'Location'],
	LOCATION: ['LOCATION', 'LOCATIONID', 'Location'],
	DEPARTMENTID: ['DEPARTMENT', 'DEPARTMENTID', 'Department'],
	DEPARTMENT: ['DEPARTMENT', 'DEPARTMENTID', 'Department'],
	CLASSID: ['CLASS', 'CLASSID', 'Class'],
	PROJECTID: ['PROJECT', 'PROJECTID', 'Project'],
	ITEMID: ['ITEM', 'ITEMID', 'Item'],
	CUSTOMERID: ['CUSTOMER', 'CUSTOMERID', 'Customer'],
	VENDORID: ['VENDOR', 'VENDORID', 'Vendor'],
	GLDIMLINE_OF_BUSINESS: ['LINE_OF_BUSINESS', 'ID', 'Line of business'],
};

/** ASSUMED: the sandbox's GL journal symbols. */
export const SANDBOX_JOURNALS = ['GJ', 'ADJ', 'APJ', 'ARJ'];

function taxEntries(
	ctx: IntacctFunctionContext,
	line: Fields,
	where: string,
	taxType: string,
	verb: 'create' | 'update',
	label: string,
): number {
	const te = line.TAXENTRIES as Fields | undefined;
	if (!te) return 0;
	const entries = ([] as unknown[]).concat((te as Record<string, unknown>).TAXENTRY ?? []) as Array<
		Record<string, unknown>
	>;
	let tax = 0;
	for (const [i, e] of entries.entries()) {
		const id = str(e.DETAILID);
		const detail = findBy(ctx, 'TAXDETAIL', 'DETAILID', id);
		if (!detail)
			failWith(
				verb,
				label,
				AR_ERR.invalidReference('Tax detail', id, `${where}TAXENTRIES.TAXENTRY[${i + 1}].DETAILID`),
			);
		if (str(detail.fields.TAXTYPE) !== taxType) {
			failWith(
				verb,
				label,
				AR_ERR.rule(
					`Tax detail '${id}' is of type ${str(detail.fields.TAXTYPE)}; ${label} lines need type ${taxType}.`,
				),
			);
		}
		tax += e.TRX_TAX !== undefined ? num(e.TRX_TAX) : round2((num(line.TRX_AMOUNT) * num(detail.fields.VALUE)) / 100);
	}
	return tax;
}

const apBill: WriteSpec = {
	label: 'Bill',
	required: ['VENDORID', 'WHENCREATED'],
	lines: { container: 'APBILLITEMS', item: 'APBILLITEM', collection: 'APBILLITEM', parentField: 'RECORDKEY', min: 1 },
	refs: { VENDORID: ['VENDOR', 'VENDORID', 'Vendor'], TERMNAME: ['ARTERM', 'NAME', 'Term'], ...LINE_REFS },
	writeOnly: ['ACTION', 'EXCH_RATE_DATE', 'PRBATCH'],
	validate(ctx, f, lines, verb, existing) {
		for (const d of ['WHENCREATED', 'WHENPOSTED', 'WHENDUE']) genericDate(str(f[d]), d, 'Bill');
		const action = str(f.ACTION) || 'Submit';
		if (!['Draft', 'Submit'].includes(action))
			failWith(verb, 'Bill', AR_ERR.rule(`ACTION '${action}' is not valid.`, 'Use Draft or Submit.'));
		// Notes §4.7: WHENDUE is required unless ACTION=Draft.
		if (verb === 'create' && action !== 'Draft' && !str(f.WHENDUE))
			failWith(verb, 'Bill', AR_ERR.required('WHENDUE', 'APBILL'));
		if (existing && str(existing.fields.TOTALPAID) && num(existing.fields.TOTALPAID) !== 0) {
			failWith(
				verb,
				'Bill',
				AR_ERR.rule('A bill with payments applied cannot be updated.', 'Reverse the payments first.'),
			);
		}
		const vendor = findBy(ctx, 'VENDOR', 'VENDORID', str(f.VENDORID || existing?.fields.VENDORID));
		if (vendor && str(vendor.fields.STATUS) === 'inactive')
			failWith(verb, 'Bill', AR_ERR.rule(`Vendor '${str(f.VENDORID)}' is inactive.`));
		const base = baseCurrency(ctx);
		exchangeRate(str(f.CURRENCY) || base, base, str(f.EXCHANGE_RATE), str(f.EXCH_RATE_TYPE_ID), 'Bill', verb);
		const inclusive = str(f.INCLUSIVETAX) === 'true';
		lines?.forEach((l, i) => {
			const where = `APBILLITEM[${i + 1}].`;
			if (!str(l.ACCOUNTNO) && !str(l.ACCOUNTLABEL))
				failWith(verb, 'Bill', AR_ERR.required(`${where}ACCOUNTNO`, 'APBILLITEM'));
			if (!inclusive && !str(l.TRX_AMOUNT)) failWith(verb, 'Bill', AR_ERR.required(`${where}TRX_AMOUNT`, 'APBILLITEM'));
			if (inclusive && !str(l.TOTALTRXAMOUNT))
				failWith(verb, 'Bill', AR_ERR.required(`${where}TOTALTRXAMOUNT`, 'APBILLITEM'));
			// Notes §1.7: location is required on lines in a multi-entity company (the sandbox is one).
			if (!str(l.LOCATIONID)) failWith(verb, 'Bill', AR_ERR.required(`${where}LOCATIONID`, 'APBILLITEM'));
			taxEntries(ctx, l, where, 'P', verb, 'Bill');
		});
	},
	derive(ctx, f, lines, existing) {
		const vendor = findBy(ctx, 'VENDOR', 'VENDORID', str(f.VENDORID));
		const out: Fields = { VENDORNAME: str(vendor?.fields.NAME) };
		if (lines) {
			const inclusive = str(f.INCLUSIVETAX) === 'true';
			const total = lines.reduce(
				(s, l) =>
					s + (inclusive ? num(l.TOTALTRXAMOUNT) : num(l.TRX_AMOUNT) + taxEntries(ctx, l, '', 'P', 'create', 'Bill')),
				0,
			);
			out.TRX_TOTALENTERED = fmt(total);
			out.TOTALENTERED = fmt(total);
			out.TOTALPAID = fmt(num(existing?.fields.TOTALPAID));
			out.TOTALDUE = fmt(total - num(existing?.fields.TOTALPAID));
		}
		if (!existing || f.ACTION !== undefined) out.STATE = str(f.ACTION) === 'Draft' ? 'Draft' : 'Posted';
		if (!existing) {
			out.CURRENCY = str(f.CURRENCY) || baseCurrency(ctx);
			out.BASECURR = baseCurrency(ctx);
		}
		return out;
	},
};

/**
 * ASSUMED (as ARPYMT's ADJUSTMENTKEY, reference §4.5/4.8): an APPYMTDETAIL with ADJUSTMENTKEY and
 * TRX_ADJUSTMENTAMOUNT applies a posted debit memo (AP adjustment with a negative total) of the same
 * vendor and currency to the bill, up to the credit it has left.
 */
function checkDebitMemo(
	ctx: IntacctFunctionContext,
	f: Fields,
	l: Fields,
	where: string,
	verb: 'create' | 'update',
	credit: Map<string, number>,
): void {
	const key = str(l.ADJUSTMENTKEY);
	const adj = ctx.sys.store.get('APADJUSTMENT', key);
	if (!adj) failWith(verb, 'AP Payment', AR_ERR.invalidReference('AP adjustment', key, `${where}ADJUSTMENTKEY`));
	if (str(adj.fields.VENDORID) !== str(f.VENDORID))
		failWith(
			verb,
			'AP Payment',
			AR_ERR.rule(`AP adjustment ${key} belongs to vendor ${str(adj.fields.VENDORID)}, not ${str(f.VENDORID)}.`),
		);
	if (str(adj.fields.STATE) === 'Draft')
		failWith(verb, 'AP Payment', AR_ERR.rule(`AP adjustment ${key} is a draft and cannot be applied.`));
	if (num(adj.fields.TRX_TOTALENTERED) >= 0)
		failWith(
			verb,
			'AP Payment',
			AR_ERR.rule(
				`AP adjustment ${key} is a credit memo (it adds to what is owed); only debit memos are applied as credit.`,
			),
		);
	if (str(adj.fields.CURRENCY) !== str(f.CURRENCY))
		failWith(
			verb,
			'AP Payment',
			AR_ERR.rule(`AP adjustment ${key} is in ${str(adj.fields.CURRENCY)}; the payment is in ${str(f.CURRENCY)}.`),
		);
	const amount = num(l.TRX_ADJUSTMENTAMOUNT);
	if (amount <= 0) failWith(verb, 'AP Payment', AR_ERR.required(`${where}TRX_ADJUSTMENTAMOUNT`, 'APPYMTDETAIL'));
	const left = (credit.get(key) ?? -num(adj.fields.TRX_TOTALDUE)) - amount;
	if (round2(left) < 0)
		failWith(
			verb,
			'AP Payment',
			AR_ERR.rule(
				`${where}TRX_ADJUSTMENTAMOUNT exceeds the credit left on AP adjustment ${key} (${fmt(-num(adj.fields.TRX_TOTALDUE))}).`,
			),
		);
	credit.set(key, left);
}

/** The debit memo's credit used: TRX_TOTALPAID moves toward its (negative) total, TRX_TOTALDUE toward 0. */
function applyDebitMemo(ctx: IntacctFunctionContext, key: string, amount: number): void {
	const adj = ctx.sys.store.get('APADJUSTMENT', key)!;
	const paid = num(adj.fields.TRX_TOTALPAID) - amount;
	const due = num(adj.fields.TRX_TOTALENTERED) - paid;
	const rate = num(adj.fields.EXCHANGE_RATE) || 1;
	ctx.sys.store.update('APADJUSTMENT', key, {
		TRX_TOTALPAID: fmt(paid),
		TRX_TOTALDUE: fmt(due),
		TOTALPAID: fmt(paid * rate),
		TOTALDUE: fmt(due * rate),
		STATE: round2(due) === 0 ? 'Paid' : 'Partially Paid',
	});
}

const apPayment: WriteSpec = {
	label: 'AP Payment',
	required: ['VENDORID', 'PAYMENTDATE', 'CURRENCY'],
	lines: {
		container: 'APPYMTDETAILS',
		item: 'APPYMTDETAIL',
		collection: 'APPYMTDETAIL',
		parentField: 'PAYMENTKEY',
		min: 1,
	},
	refs: { VENDORID: ['VENDOR', 'VENDORID', 'Vendor'] },
	writeOnly: ['ACTION', 'EXCH_RATE_DATE'],
	validate(ctx, f, lines, verb) {
		// ASSUMED: only drafts may be updated (as for ARPYMT, notes §4.5); the node offers no AP Payment update.
		if (verb === 'update') failWith(verb, 'AP Payment', AR_ERR.rule('Only draft AP payments can be updated.'));
		genericDate(str(f.PAYMENTDATE), 'PAYMENTDATE', 'AP Payment');
		const paying = (lines ?? []).some((l) => num(l.TRX_PAYMENTAMOUNT) > 0);
		// Notes §4.8: FINANCIALENTITY and PAYMENTMETHOD may be omitted only for credit-only payments.
		if (paying && !str(f.FINANCIALENTITY)) failWith(verb, 'AP Payment', AR_ERR.required('FINANCIALENTITY', 'APPYMT'));
		if (paying && !str(f.PAYMENTMETHOD)) failWith(verb, 'AP Payment', AR_ERR.required('PAYMENTMETHOD', 'APPYMT'));
		if (str(f.FINANCIALENTITY) && !findBy(ctx, 'CHECKINGACCOUNT', 'BANKACCOUNTID', str(f.FINANCIALENTITY))) {
			failWith(verb, 'AP Payment', AR_ERR.invalidReference('Bank account', str(f.FINANCIALENTITY), 'FINANCIALENTITY'));
		}
		const due = new Map<string, number>();
		const credit = new Map<string, number>();
		(lines ?? []).forEach((l, i) => {
			const where = `APPYMTDETAIL[${i + 1}].`;
			const key = str(l.RECORDKEY) || str(l.POSADJKEY);
			if (!key) failWith(verb, 'AP Payment', AR_ERR.required(`${where}RECORDKEY`, 'APPYMTDETAIL'));
			const bill = ctx.sys.store.get('APBILL', str(l.RECORDKEY));
			if (str(l.RECORDKEY) && !bill)
				failWith(verb, 'AP Payment', AR_ERR.invalidReference('Bill', str(l.RECORDKEY), `${where}RECORDKEY`));
			if (!bill) return;
			if (str(bill.fields.VENDORID) !== str(f.VENDORID)) {
				failWith(
					verb,
					'AP Payment',
					AR_ERR.rule(`Bill ${bill.id} belongs to vendor ${str(bill.fields.VENDORID)}, not ${str(f.VENDORID)}.`),
				);
			}
			if (str(bill.fields.STATE) === 'Draft')
				failWith(verb, 'AP Payment', AR_ERR.rule(`Bill ${bill.id} is a draft and cannot be paid.`));
			if (str(bill.fields.CURRENCY) !== str(f.CURRENCY)) {
				failWith(
					verb,
					'AP Payment',
					AR_ERR.rule(`Bill ${bill.id} is in ${str(bill.fields.CURRENCY)}; the payment is in ${str(f.CURRENCY)}.`),
				);
			}
			if (str(l.ADJUSTMENTKEY)) checkDebitMemo(ctx, f, l, where, verb, credit);
			const left =
				(due.get(bill.id) ?? num(bill.fields.TOTALDUE)) - num(l.TRX_PAYMENTAMOUNT) - num(l.TRX_ADJUSTMENTAMOUNT);
			if (round2(left) < 0) {
				failWith(
					verb,
					'AP Payment',
					AR_ERR.rule(
						`${where}TRX_PAYMENTAMOUNT exceeds the amount due on bill ${bill.id} (${fmt(num(bill.fields.TOTALDUE))}).`,
					),
				);
			}
			due.set(bill.id, left);
		});
	},
	derive(ctx, f, lines) {
		const draft = str(f.ACTION) === 'Draft';
		let total = 0;
		for (const l of lines ?? []) {
			total += num(l.TRX_PAYMENTAMOUNT);
			const bill = ctx.sys.store.get('APBILL', str(l.RECORDKEY));
			if (!bill || draft) continue;
			if (str(l.ADJUSTMENTKEY)) applyDebitMemo(ctx, str(l.ADJUSTMENTKEY), num(l.TRX_ADJUSTMENTAMOUNT));
			const paid = num(bill.fields.TOTALPAID) + num(l.TRX_PAYMENTAMOUNT) + num(l.TRX_ADJUSTMENTAMOUNT);
			const left = num(bill.fields.TOTALENTERED) - paid;
			ctx.sys.store.update('APBILL', bill.id, {
				TOTALPAID: fmt(paid),
				TOTALDUE: fmt(left),
				STATE: round2(left) <= 0 ? 'Paid' : 'Partially Paid',
			});
		}
		// ASSUMED state names for AP payments.
		return { TOTALENTERED: fmt(total), STATE: draft ? 'Draft' : 'Complete', BASECURR: baseCurrency(ctx) };
	},
};

const journalEntry: WriteSpec = {
	label: 'Journal Entry',
	required: ['JOURNAL', 'BATCH_DATE', 'BATCH_TITLE'],
	// Notes §4.14: ENTRIES holds at least 2 GLENTRY lines.
	lines: { container: 'ENTRIES', item: 'GLENTRY', collection: 'GLENTRY', parentField: 'BATCHNO', min: 2 },
	refs: LINE_REFS,
	validate(ctx, f, lines, verb) {
		for (const d of ['BATCH_DATE', 'REVERSEDATE']) genericDate(str(f[d]), d, 'Journal Entry');
		if (f.JOURNAL !== undefined && !SANDBOX_JOURNALS.includes(str(f.JOURNAL))) {
			failWith(verb, 'Journal Entry', AR_ERR.invalidReference('Journal', str(f.JOURNAL), 'JOURNAL'));
		}
		if (f.STATE !== undefined && !['Posted', 'Draft'].includes(str(f.STATE))) {
			failWith(verb, 'Journal Entry', AR_ERR.rule(`STATE '${str(f.STATE)}' is not valid.`, 'Use Posted or Draft.'));
		}
		if (!lines) return;
		const base = baseCurrency(ctx);
		const byEntity = new Map<string, number>();
		let balance = 0;
		lines.forEach((l, i) => {
			const where = `GLENTRY[${i + 1}].`;
			for (const r of ['ACCOUNTNO', 'TR_TYPE', 'TRX_AMOUNT'])
				if (!str(l[r])) failWith(verb, 'Journal Entry', AR_ERR.required(`${where}${r}`, 'GLENTRY'));
			if (!['1', '-1'].includes(str(l.TR_TYPE)))
				failWith(verb, 'Journal Entry', AR_ERR.rule(`${where}TR_TYPE must be 1 (debit) or -1 (credit).`));
			if (num(l.TRX_AMOUNT) <= 0)
				failWith(
					verb,
					'Journal Entry',
					AR_ERR.rule(`${where}TRX_AMOUNT must be a positive amount; TR_TYPE gives the side.`),
				);
			// Notes §1.7: location is required on lines in a multi-entity company.
			if (!str(l.LOCATION)) failWith(verb, 'Journal Entry', AR_ERR.required(`${where}LOCATION`, 'GLENTRY'));
			// Notes §4: EXCH_RATE_TYPE_ID or EXCHANGE_RATE is required when multi-currency is enabled.
			// ASSUMED: only for entries in a currency other than the base currency.
			if (str(l.CURRENCY) && str(l.CURRENCY) !== base && !str(l.EXCH_RATE_TYPE_ID) && !str(l.EXCHANGE_RATE)) {
				failWith(verb, 'Journal Entry', AR_ERR.required(`${where}EXCH_RATE_TYPE_ID or EXCHANGE_RATE`, 'GLENTRY'));
			}
			const signed = num(l.TR_TYPE) * num(l.TRX_AMOUNT);
			balance += signed;
			// A location belongs to the entity it is, or to its parent entity.
			const loc = findBy(ctx, 'LOCATION', 'LOCATIONID', str(l.LOCATION));
			const isEntity = (id: string) => !!findBy(ctx, 'LOCATIONENTITY', 'LOCATIONID', id);
			const entity = isEntity(str(l.LOCATION)) ? str(l.LOCATION) : str(loc?.fields.PARENTID) || str(l.LOCATION);
			byEntity.set(entity, (byEntity.get(entity) ?? 0) + signed);
		});
		if (round2(balance) !== 0) {
			failWith(
				verb,
				'Journal Entry',
				AR_ERR.rule(
					`The entries do not balance: debits minus credits = ${fmt(balance)}.`,
					'Make debits equal credits.',
				),
			);
		}
		// Notes §4.14: BASELOCATION_NO is required when the entries do not balance by entity.
		if ([...byEntity.values()].some((v) => round2(v) !== 0) && !str(f.BASELOCATION_NO)) {
			failWith(verb, 'Journal Entry', AR_ERR.required('BASELOCATION_NO', 'GLBATCH'));
		}
	},
	derive(ctx, f, _lines, existing): Fields {
		if (existing) return {};
		return { STATE: str(f.STATE) || 'Posted', BATCHNO: String(ctx.sys.store.count('GLBATCH') + 1) };
	},
};

registerWriteSpec('CUSTOMER', { ...party('Customer', 'CUSTOMERID', 'C-', 'C'), updateById: true });
registerWriteSpec('VENDOR', party('Vendor', 'VENDORID', 'V-', 'V'));
registerWriteSpec(
	'GLACCOUNT',
	simple('GL Account', ['ACCOUNTNO', 'TITLE', 'NORMALBALANCE', 'CLOSINGTYPE'], {
		duplicate: (id) => ({
			// Notes §2.4 (SI-2): duplicate account number.
			errorno: 'BL01001973',
			description: '',
			description2: `Could not create GL Account record! Account number ${id} already exists.`,
			correction: 'Use a unique account number.',
		}),
		validate(_ctx, f, _lines, verb) {
			if (f.NORMALBALANCE !== undefined && !['debit', 'credit'].includes(str(f.NORMALBALANCE))) {
				failWith(
					verb,
					'GL Account',
					AR_ERR.rule(`NORMALBALANCE '${str(f.NORMALBALANCE)}' is not valid.`, 'Use debit or credit.'),
				);
			}
			if (f.CLOSINGTYPE !== undefined && !['non-closing account', 'closing account'].includes(str(f.CLOSINGTYPE))) {
				failWith(
					verb,
					'GL Account',
					AR_ERR.rule(
						`CLOSINGTYPE '${str(f.CLOSINGTYPE)}' is not valid.`,
						'Use non-closing account or closing account.',
					),
				);
			}
		},
		accepts: ['TAXCODE', 'MRCCODE', 'TAXABLE', 'REQUIRECUSTOMER', 'REQUIREVENDOR', 'REQUIREITEM', 'REQUIRECLASS'],
	}),
);
registerWriteSpec(
	'LOCATION',
	simple('Location', ['LOCATIONID', 'NAME'], { refs: { PARENTID: ['LOCATION', 'LOCATIONID', 'Parent location'] } }),
);
registerWriteSpec(
	'DEPARTMENT',
	simple('Department', ['DEPARTMENTID', 'TITLE'], {
		refs: { PARENTID: ['DEPARTMENT', 'DEPARTMENTID', 'Parent department'] },
	}),
);
registerWriteSpec(
	'CLASS',
	simple('Class', ['CLASSID', 'NAME'], { refs: { PARENTID: ['CLASS', 'CLASSID', 'Parent class'] } }),
);
registerWriteSpec(
	'PROJECT',
	simple('Project', ['NAME', 'PROJECTCATEGORY'], {
		autoId: sequence('PROJECT', 'PROJECTID', 'P-'),
		updateById: true,
		refs: {
			CUSTOMERID: ['CUSTOMER', 'CUSTOMERID', 'Customer'],
			LOCATIONID: ['LOCATION', 'LOCATIONID', 'Location'],
			DEPARTMENTID: ['DEPARTMENT', 'DEPARTMENTID', 'Department'],
			PARENTID: ['PROJECT', 'PROJECTID', 'Parent project'],
		},
		accepts: ['DESCRIPTION', 'PROJECTTYPE', 'MANAGERID', 'BUDGETAMOUNT'],
	}),
);
registerWriteSpec(
	'ITEM',
	simple('Item', ['ITEMID', 'NAME', 'ITEMTYPE'], { accepts: ['EXTENDED_DESCRIPTION', 'PRODUCTLINEID', 'TAXABLE'] }),
);
registerWriteSpec(
	'CONTACT',
	simple('Contact', ['CONTACTNAME', 'PRINTAS'], {
		flatten: ['MAILADDRESS'],
		accepts: ['ADDRESS3', 'PHONE2', 'CELLPHONE', 'EMAIL2', 'TAXABLE', 'TAXGROUP', 'ISOCOUNTRYCODE'],
	}),
);
registerWriteSpec('LINE_OF_BUSINESS', simple('Line of business', ['ID', 'NAME']));
registerWriteSpec('APBILL', apBill);
registerWriteSpec('APPYMT', apPayment);
registerWriteSpec('GLBATCH', journalEntry);
