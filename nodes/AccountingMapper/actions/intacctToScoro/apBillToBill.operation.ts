/**
 * Sage Intacct → Scoro · AP Bill → Bill
 *
 * Input: one Intacct AP bill (APBILL) as the Sage Intacct node reads it, with its APBILLITEMS.
 * Mapped item: { idempotencyKey, targetSystem: "scoro", target: "bills.modify", scoroId, record,
 *   source, total, currency }
 * record (the `request` of bills/modify): { no (RECORDID), company_id (customers: VENDORID →
 *   Scoro contact id), date, deadline, currency, currency_rate?, reference_no (DOCNUMBER),
 *   description, status (paid|unpaid), lines[]: { comment, price (TRX_AMOUNT), amount 1,
 *   discount 0, finance_account_id (accounts: ACCOUNTNO → target), vat_code_id (taxCodes:
 *   DETAILID → target), finance_object_id (dimensions: DEPARTMENTID or LOCATIONID → target) } }
 * scoroId: the Scoro bill of documentLinks (Intacct RECORDNO → Scoro id) for an update, else null.
 * Scoro computes VAT from the code; the lines' net adds up to the Intacct net exactly.
 * Tables: customers, accounts, taxCodes, dimensions (all keyed by the Intacct value), documentLinks.
 */
import type { INodeProperties } from 'n8n-workflow';
import type { Convert } from '../../helpers/convert';
import { inputRecord } from '../../helpers/convert';
import { refOf } from '../../helpers/guards';
import { currencyDecimals, Dec } from '../../model/decimal';
import { Lookup } from '../../mappings/resolve';
import { readApBill } from '../../systems/intacct';
import { billRequest } from '../../systems/scoro';

export const description: INodeProperties[] = [];

export const convert: Convert = function (i, tables) {
	const doc = readApBill(inputRecord(this, i));
	const lookup = new Lookup(tables, refOf(doc));
	const record = billRequest(lookup, doc, lookup.value('customers', 'target', 'VENDORID', doc.partyId));
	return [
		{
			source: doc.source,
			targetSystem: 'scoro',
			target: 'bills.modify',
			record,
			total: Dec.from(doc.totals.net).toFixed(currencyDecimals(doc.currency)),
			currency: doc.currency,
			extra: { scoroId: lookup.maybe('documentLinks', doc.source.id)?.target ?? null },
		},
	];
};
