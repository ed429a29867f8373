/**
 * OfficeRnD → Sage Intacct · Overpayment → AR Payment with Overpayment
 *
 * The alternative to "Overpayment → AR Advance" for companies that record overpayments on the
 * payment: the allocated part pays the invoices, the rest is the payment's overpayment.
 * Input: one OfficeRnD overpayment, whole; it must be allocated to at least one invoice.
 * Mapped item: { idempotencyKey, targetSystem: "intacct", target: "ARPYMT", entity?, record, source,
 *   total, currency }
 * record (generic ARPYMT):
 *   PAYMENTMETHOD, FINANCIALENTITY | UNDEPOSITEDACCOUNTNO, CUSTOMERID, RECEIPTDATE, PAYMENTDATE,
 *   DOCNUMBER, DESCRIPTION, CURRENCY [, ...rate], OVERPAYMENTAMOUNT (unallocated part),
 *   OVERPAYMENTLOCATIONID, OVERPAYMENTDEPARTMENTID, ARPYMTDETAILS.ARPYMTDETAIL[]: { RECORDKEY,
 *   TRX_PAYMENTAMOUNT } (one per allocation)
 * Tables: paymentMethods, documentLinks (the invoices), dimensions, customers (strategy "table").
 */
import type { INodeProperties } from 'n8n-workflow';
import type { Convert } from '../../helpers/convert';
import { inputRecord } from '../../helpers/convert';
import { refOf } from '../../helpers/guards';
import { Lookup } from '../../mappings/resolve';
import { arPayment, partyId } from '../../systems/intacct';
import { readOverpayment } from '../../systems/officernd';

export const description: INodeProperties[] = [];

export const convert: Convert = function (i, tables) {
	const payment = readOverpayment(inputRecord(this, i));
	const lookup = new Lookup(tables, refOf(payment));
	const shape = arPayment(lookup, payment, partyId(lookup, payment.partyId!, 'company'));
	return [
		{
			source: payment.source,
			targetSystem: 'intacct',
			target: shape.target,
			record: shape.record,
			entity: shape.entity,
			total: shape.total,
			currency: shape.currency,
		},
	];
};
