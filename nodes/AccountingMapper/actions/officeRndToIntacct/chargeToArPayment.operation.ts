/**
 * OfficeRnD → Sage Intacct · Charge → AR Payment
 *
 * Input: one OfficeRnD charge (money received against an invoice), whole, as the OfficeRnD node
 * reads it. Only charges with status "success" are payments; "refund" and failed charges fail the
 * item (refunds are not synced).
 * Mapped item: { idempotencyKey, targetSystem: "intacct", target: "ARPYMT", entity?, record, source,
 *   total, currency }
 * record (generic ARPYMT):
 *   PAYMENTMETHOD, FINANCIALENTITY | UNDEPOSITEDACCOUNTNO (paymentMethods row of the charge's
 *   account, e.g. "Credit Card"), CUSTOMERID (documentLinks.partyId of the invoice), RECEIPTDATE,
 *   PAYMENTDATE (mm/dd/yyyy), DOCNUMBER (reference), CURRENCY [, BASECURR, EXCH_RATE_DATE,
 *   EXCH_RATE_TYPE_ID | EXCHANGE_RATE], ARPYMTDETAILS.ARPYMTDETAIL[1]: { RECORDKEY (the invoice's
 *   Intacct RECORDNO), TRX_PAYMENTAMOUNT }
 * Currency: a charge has no exchange rate, so a foreign-currency charge takes the Intacct rate type
 * (setting, default Intacct Daily Rate) on the payment date; Intacct books the realised gain or loss.
 * Tables: paymentMethods, documentLinks (source = OfficeRnD invoice _id, target = Intacct
 * RECORDNO, partyId = Intacct CUSTOMERID).
 */
import type { INodeProperties } from 'n8n-workflow';
import type { Convert } from '../../helpers/convert';
import { inputRecord } from '../../helpers/convert';
import { refOf } from '../../helpers/guards';
import { Lookup } from '../../mappings/resolve';
import { arPayment } from '../../systems/intacct';
import { readCharge } from '../../systems/officernd';

export const description: INodeProperties[] = [];

export const convert: Convert = function (i, tables) {
	const payment = readCharge(inputRecord(this, i));
	const lookup = new Lookup(tables, refOf(payment));
	const invoiceId = payment.allocations[0]!.toId;
	const customerId = lookup.value('documentLinks', 'partyId', 'payment', invoiceId);
	const shape = arPayment(lookup, payment, customerId);
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
