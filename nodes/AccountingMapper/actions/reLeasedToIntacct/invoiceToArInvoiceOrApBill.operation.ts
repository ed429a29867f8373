/**
 * Re-Leased → Sage Intacct · Invoice → AR Invoice or AP Bill
 *
 * Input: one Re-Leased invoice, whole: an income invoice becomes an AR invoice, an expense
 * invoice an AP bill.
 * Mapped item: { idempotencyKey, targetSystem: "intacct", target: "create_invoice" | "APBILL",
 *   entity?, record, source, total, currency }
 * record (AR invoice: legacy, keys in api.xsd order):
 *   create_invoice: customerid, datecreated{year,month,day} (issueDate), datedue{...}, action,
 *     invoiceno (invoiceNumber), ponumber (reference), description, externalid (Re-Leased id),
 *     [currency block], invoiceitems.lineitem[]: { glaccountno (accounts: accountCode), amount
 *     (amountExclTax), memo, locationid, departmentid, ... (dimensions: the line's property
 *     tracking option) } and per taxed line a tax line (taxCodes: taxType) or tax entries.
 *   APBILL (generic, what the Sage Intacct node's AP Bill > Create takes as a whole record):
 *     VENDORID, WHENCREATED, WHENDUE, ACTION, RECORDID, DOCNUMBER, DESCRIPTION, CURRENCY,
 *     APBILLITEMS.APBILLITEM[]: { ACCOUNTNO, TRX_AMOUNT, ENTRYDESCRIPTION, LOCATIONID, ... } (same lines).
 * Status (verified): Awaiting Approval → Draft, Approved (and Paid, Overdue) → Submit (posted);
 * Draft and Voided fail the item; a statuses row overrides.
 * Currency: Re-Leased has one currency per company: the record's, else the base currency setting.
 * Tables: accounts, taxCodes, dimensions, customers (strategy "table"), statuses.
 */
import type { INodeProperties } from 'n8n-workflow';
import type { Convert } from '../../helpers/convert';
import { inputRecord } from '../../helpers/convert';
import { refOf } from '../../helpers/guards';
import { Lookup } from '../../mappings/resolve';
import { createBill, createInvoice, partyId } from '../../systems/intacct';
import { intacctAction, readDocument } from '../../systems/released';

export const description: INodeProperties[] = [];

export const convert: Convert = function (i, tables) {
	const record = inputRecord(this, i);
	const lookup = new Lookup(tables, { system: 'released', type: 'invoice', id: String(record.id ?? '(no id)') });
	const doc = readDocument(record, 'invoice', lookup);
	const docLookup = new Lookup(tables, refOf(doc));
	const action = intacctAction(docLookup, doc);
	const shape =
		doc.type === 'bill'
			? createBill(docLookup, doc, partyId(docLookup, doc.partyId, 'contactId'), action)
			: createInvoice(docLookup, doc, action);
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
