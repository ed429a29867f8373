/**
 * Sage Intacct → Re-Leased · AR Payment → Payments
 *
 * Input: one Intacct AR payment (ARPYMT) with its ARPYMTDETAILS, as the Sage Intacct node reads it.
 * One mapped item per paid invoice: { idempotencyKey, targetSystem: "released", target:
 *   "payment.create", record, source, total, currency }
 * record (Re-Leased payment body): { invoiceId (documentLinks: invoice RECORDNO → Re-Leased
 *   invoice id), contactId (customers: CUSTOMERID → Re-Leased contact, when listed), date
 *   (RECEIPTDATE), amount (the detail's TRX_PAYMENTAMOUNT), reference (DOCNUMBER) }
 * Reversed or draft payments fail the item: undoing payments is managed in Intacct, and deleting a
 * payment there does not delete it in Re-Leased (verified).
 */
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { Convert, Converted } from '../../helpers/convert';
import { inputRecord } from '../../helpers/convert';
import { refOf } from '../../helpers/guards';
import { DataError } from '../../model/errors';
import { currencyDecimals, Dec } from '../../model/decimal';
import { Lookup } from '../../mappings/resolve';
import type { MappingTables } from '../../mappings/tables';
import { readApPayment, readArPayment } from '../../systems/intacct';
import { paymentBody } from '../../systems/released';

export const description: INodeProperties[] = [];

export const convert: Convert = function (i, tables) {
	return paymentToPayments(this, i, tables, 'ARPYMT');
};

/** AR payments pay income invoices, AP payments expense invoices: one Re-Leased payment per document. */
export function paymentToPayments(
	ctx: IExecuteFunctions,
	i: number,
	tables: MappingTables,
	object: 'ARPYMT' | 'APPYMT',
): Converted[] {
	const record = inputRecord(ctx, i);
	const payment = object === 'ARPYMT' ? readArPayment(record) : readApPayment(record);
	const lookup = new Lookup(tables, refOf(payment));
	if (payment.status !== 'received')
		throw new DataError(
			refOf(payment),
			'STATE',
			`the payment is ${payment.sourceStatus}; Re-Leased takes submitted payments only (undo payments in Intacct)`,
		);
	const details = `${object}DETAILS`;
	if (!payment.allocations.length)
		throw new DataError(
			refOf(payment),
			details,
			'the payment pays no invoice; unapplied payments transfer once allocated (verified)',
		);
	const contactId = payment.partyId ? lookup.maybe('customers', payment.partyId)?.target : undefined;
	const dp = currencyDecimals(payment.currency);
	return payment.allocations.map((a, n): Converted => ({
		source: payment.source,
		keySuffix: `invoice.${a.toId}`,
		targetSystem: 'released',
		target: 'payment.create',
		record: paymentBody(
			payment,
			lookup.value('documentLinks', 'target', `${details}[${n + 1}].RECORDKEY`, a.toId),
			contactId,
			a.amount,
		),
		total: Dec.from(a.amount).toFixed(dp),
		currency: payment.currency,
	}));
}
