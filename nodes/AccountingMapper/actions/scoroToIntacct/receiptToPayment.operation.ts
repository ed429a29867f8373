/**
 * Scoro → Sage Intacct · Receipt → AR Payment or AP Payment
 *
 * Input: one Scoro receipt group, whole. sales_doc_type "invoices" → AR payment, "bills" → AP
 * payment; each receipt in it pays one document.
 * Mapped item: { idempotencyKey, targetSystem: "intacct", target: "ARPYMT" | "APPYMT", entity?,
 *   record, source, total, currency }
 * record, invoices (generic ARPYMT): PAYMENTMETHOD, FINANCIALENTITY | UNDEPOSITEDACCOUNTNO
 *   (paymentMethods: receipt_account_id), CUSTOMERID (documentLinks.partyId of the first invoice),
 *   RECEIPTDATE, PAYMENTDATE, CURRENCY [, rate type], ARPYMTDETAILS.ARPYMTDETAIL[]: { RECORDKEY
 *   (documentLinks: Scoro invoice id → Intacct RECORDNO), TRX_PAYMENTAMOUNT }
 * record, bills (generic APPYMT): FINANCIALENTITY, PAYMENTMETHOD, VENDORID, PAYMENTDATE, CURRENCY,
 *   APPYMTDETAILS.APPYMTDETAIL[]: { RECORDKEY (the bill's RECORDNO), TRX_PAYMENTAMOUNT }
 *   Scoro bills and invoices share ids, so bill links are written "bill:<Scoro bill id>".
 * Receipts carry no exchange rate: foreign-currency payments take Intacct's rate type.
 * Tables: paymentMethods, documentLinks (with partyId).
 */
import type { INodeProperties } from 'n8n-workflow';
import type { Convert } from '../../helpers/convert';
import { inputRecord } from '../../helpers/convert';
import { refOf } from '../../helpers/guards';
import { DataError } from '../../model/errors';
import { Lookup } from '../../mappings/resolve';
import { apPayment, arPayment } from '../../systems/intacct';
import { readReceiptGroup } from '../../systems/scoro';

export const description: INodeProperties[] = [];

export const convert: Convert = function (i, tables) {
	const payment = readReceiptGroup(inputRecord(this, i));
	const lookup = new Lookup(tables, refOf(payment));
	if (payment.sourceStatus === 'expenses')
		throw new DataError(refOf(payment), 'sales_doc_type', 'receipts of expenses are not synced');
	if (payment.partyRole === 'vendor') {
		// Bills and invoices share Scoro's id space: bill links are keyed "bill:<id>".
		payment.allocations = payment.allocations.map((a) => ({ ...a, toId: `bill:${a.toId}` }));
	}
	const first = payment.allocations[0];
	if (!first) throw new DataError(refOf(payment), 'receipts', 'the receipt pays no document');
	const partyId = lookup.value('documentLinks', 'partyId', 'receipts[1].invoice_id', first.toId);
	const shape =
		payment.partyRole === 'vendor' ? apPayment(lookup, payment, partyId) : arPayment(lookup, payment, partyId);
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
