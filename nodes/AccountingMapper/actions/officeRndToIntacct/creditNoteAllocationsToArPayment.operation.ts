/**
 * OfficeRnD → Sage Intacct · Credit Note Allocations → AR Payment (credit applied to invoices)
 *
 * Input: one OfficeRnD credit note, whole; each entry of its allocations[] (partial ones too)
 * becomes one mapped item.
 * Mapped item: { idempotencyKey (per allocation), targetSystem: "intacct", target: "ARPYMT", record,
 *   source, total, currency, allocation: {id, invoice, amount} }
 * record (generic ARPYMT, a credit-only payment: no bank account, no money moves):
 *   CUSTOMERID, RECEIPTDATE, PAYMENTDATE (mm/dd/yyyy; the allocation's date, else the credit note's),
 *   CURRENCY, ARPYMTDETAILS.ARPYMTDETAIL[1]: { RECORDKEY (invoice RECORDNO), ADJUSTMENTKEY (credit
 *   memo RECORDNO), TRX_ADJUSTMENTAMOUNT }
 * Tables: documentLinks (both the invoice and the credit note must already be in Intacct: source =
 * OfficeRnD _id, target = Intacct RECORDNO), customers (strategy "table").
 */
import type { INodeProperties } from 'n8n-workflow';
import type { Convert, Converted } from '../../helpers/convert';
import { inputRecord } from '../../helpers/convert';
import { documentOnly, refOf } from '../../helpers/guards';
import { Lookup } from '../../mappings/resolve';
import { creditApplication, partyId } from '../../systems/intacct';
import { readDocument } from '../../systems/officernd';

export const description: INodeProperties[] = [];

export const convert: Convert = function (i, tables) {
	const doc = documentOnly(readDocument(inputRecord(this, i)), 'creditNote');
	const lookup = new Lookup(tables, refOf(doc));
	const customerId = partyId(lookup, doc.partyId, 'company');
	return doc.allocations.map((a, n): Converted => {
		const shape = creditApplication(lookup, a, 'adjustment', doc.currency, customerId, doc.issueDate);
		return {
			source: doc.source,
			keySuffix: `allocation.${a.id ?? `${a.toId}.${n + 1}`}`,
			targetSystem: 'intacct',
			target: shape.target,
			record: shape.record,
			total: shape.total,
			currency: shape.currency,
			extra: { allocation: { id: a.id ?? null, invoice: a.toId, amount: a.amount } },
		};
	});
};
