/**
 * OfficeRnD → Sage Intacct · Overpayment Allocations → AR Payment (advance applied to invoices)
 *
 * Input: one OfficeRnD overpayment, whole; each entry of its allocations[] (partial ones too)
 * becomes one mapped item.
 * Mapped item: { idempotencyKey (per allocation), targetSystem: "intacct", target: "ARPYMT", record,
 *   source, total, currency, allocation: {id, invoice, amount} }
 * record (generic ARPYMT, a credit-only payment):
 *   CUSTOMERID, RECEIPTDATE, PAYMENTDATE (the allocation's date, else the overpayment's), CURRENCY,
 *   ARPYMTDETAILS.ARPYMTDETAIL[1]: { RECORDKEY (invoice RECORDNO), ADVANCEKEY (the advance's
 *   RECORDNO), TRX_POSTEDADVANCEAMOUNT }
 * Tables: documentLinks (the invoice and the overpayment's advance, by OfficeRnD _id), customers.
 */
import type { INodeProperties } from 'n8n-workflow';
import type { Convert, Converted } from '../../helpers/convert';
import { inputRecord } from '../../helpers/convert';
import { refOf } from '../../helpers/guards';
import { Lookup } from '../../mappings/resolve';
import { creditApplication, partyId } from '../../systems/intacct';
import { readOverpayment } from '../../systems/officernd';

export const description: INodeProperties[] = [];

export const convert: Convert = function (i, tables) {
	const payment = readOverpayment(inputRecord(this, i));
	const lookup = new Lookup(tables, refOf(payment));
	const customerId = partyId(lookup, payment.partyId!, 'company');
	return payment.allocations.map((a, n): Converted => {
		const shape = creditApplication(lookup, a, 'advance', payment.currency, customerId, payment.date);
		return {
			source: payment.source,
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
