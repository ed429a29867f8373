/**
 * Scoro → Sage Intacct · Bill → AP Bill (a credit bill → AP Adjustment)
 *
 * Input: one Scoro bill (purchase invoice), whole, as the Scoro node views it (lines filled). A
 * negative bill (a vendor credit: negative sum, or crediting other bills) becomes an AP adjustment
 * (debit memo) instead, see below.
 * Mapped item: { idempotencyKey, targetSystem: "intacct", target: "APBILL", entity?, record,
 *   source, total, currency }: record is what the Sage Intacct node's AP Bill > Create takes as a
 *   whole record (generic APBILL, dates mm/dd/yyyy):
 *   VENDORID (customers: Scoro company id → Intacct VENDORID), WHENCREATED, WHENDUE | TERMNAME,
 *   ACTION (statuses row, else the default action Draft/Submit), RECORDID (no), DOCNUMBER
 *   (reference_no), DESCRIPTION, CURRENCY [BASECURR, EXCH_RATE_DATE, EXCH_RATE_TYPE_ID |
 *   EXCHANGE_RATE], TAXSOLUTIONID (tax entries),
 *   APBILLITEMS.APBILLITEM[]: { ACCOUNTNO (accounts: finance_account_id), TRX_AMOUNT (net),
 *   ENTRYDESCRIPTION, LOCATIONID, DEPARTMENTID, PROJECTID, CLASSID, GLDIM*, TAXENTRIES.TAXENTRY
 *   {DETAILID, TRX_TAX} (taxCodes: vat_code_id) } — or, with tax handling "taxLines", a tax line
 *   per taxed line instead of the tax entry.
 * Credit bill → Mapped item with target "create_apadjustment": the record the Sage Intacct node's
 *   AP Adjustment > Create takes as a whole record (legacy, api.xsd order; createApAdjustment):
 *   vendorid, datecreated{year,month,day}, adjustmentno (no), action, description, externalid
 *   (Scoro id), [currency block], taxsolutionid, apadjustmentitems.lineitem[] (negative amounts: a
 *   debit memo reduces what is owed; tax entries or tax lines as for bills). Route on `target`.
 * A line's Scoro project is looked up as "project:<id>" in dimensions (never dropped).
 * Tables: accounts, taxCodes, dimensions, customers, statuses.
 */
import type { INodeProperties } from 'n8n-workflow';
import type { Convert } from '../../helpers/convert';
import { inputRecord } from '../../helpers/convert';
import { refOf } from '../../helpers/guards';
import { Lookup } from '../../mappings/resolve';
import { createApAdjustment, createBill } from '../../systems/intacct';
import { readDocument } from '../../systems/scoro';

export const description: INodeProperties[] = [];

export const convert: Convert = function (i, tables) {
	const doc = readDocument(inputRecord(this, i), 'bill');
	const lookup = new Lookup(tables, refOf(doc));
	const vendorId = lookup.value('customers', 'target', 'company_id', doc.partyId);
	// A negative bill is the supplier's credit: an AP adjustment (debit memo), never a negative bill.
	const shape =
		doc.type === 'vendorCredit' ? createApAdjustment(lookup, doc, vendorId) : createBill(lookup, doc, vendorId);
	return [
		{
			source: doc.source,
			targetSystem: 'intacct',
			target: shape.target,
			record: shape.record,
			entity: shape.entity,
			total: shape.total,
			currency: shape.currency,
		},
	];
};
