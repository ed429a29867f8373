/**
 * Sage Intacct → Scoro · AR Payment → Receipt
 *
 * Input: one Intacct AR payment (ARPYMT) with its ARPYMTDETAILS, as the Sage Intacct node reads it.
 * Mapped item: { idempotencyKey, targetSystem: "scoro", target: "receipts.modify", record, source,
 *   total, currency }
 * record (the `request` of receipts/modify): { date (RECEIPTDATE), contact_id (customers:
 *   CUSTOMERID → Scoro contact id), sum, currency, sales_doc_type "invoices", receipt_account_id
 *   (paymentMethods: the row whose bankAccountId is FINANCIALENTITY, else whose paymentMethod is
 *   PAYMENTMETHOD; its source is the Scoro receipt account id), receipts[]: { invoice_id
 *   (documentLinks: invoice RECORDNO → Scoro invoice id), sum, date } }
 * The receipts add up to the payment exactly, or the item fails (an unapplied part is an advance).
 */
import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { Convert, Converted } from '../../helpers/convert';
import { inputRecord } from '../../helpers/convert';
import { refOf } from '../../helpers/guards';
import { DataError } from '../../model/errors';
import { currencyDecimals, Dec } from '../../model/decimal';
import { checkWrittenTotal } from '../../model/totals';
import { Lookup } from '../../mappings/resolve';
import type { MappingTables } from '../../mappings/tables';
import { readApPayment, readArPayment } from '../../systems/intacct';
import { receiptRequest } from '../../systems/scoro';

export const description: INodeProperties[] = [];

export const convert: Convert = function (i, tables) {
	return paymentToReceipt(this, i, tables, 'ARPYMT');
};

/** AR payments become receipts of invoices, AP payments receipts of bills (same shape). */
export function paymentToReceipt(ctx: IExecuteFunctions, i: number, tables: MappingTables, object: 'ARPYMT' | 'APPYMT'): Converted[] {
	const record = inputRecord(ctx, i);
	const payment = object === 'ARPYMT' ? readArPayment(record) : readApPayment(record);
	const lookup = new Lookup(tables, refOf(payment));
	const details = `${object}DETAILS`;
	if (payment.status !== 'received') throw new DataError(refOf(payment), 'STATE', `the payment is ${payment.sourceStatus || payment.status}; only submitted payments become receipts`);
	if (!payment.allocations.length) throw new DataError(refOf(payment), details, `the payment pays no ${object === 'ARPYMT' ? 'invoice' : 'bill'}`);
	checkWrittenTotal(lookup.record, 'TRX_TOTALENTERED', payment.allocations.map((a) => Dec.from(a.amount).round(currencyDecimals(payment.currency))), Dec.from(payment.amount), payment.currency);
	const bank = record.FINANCIALENTITY ? String(record.FINANCIALENTITY) : undefined;
	const account = bank ? lookup.reverse('paymentMethods', 'bankAccountId', 'FINANCIALENTITY', bank) : lookup.reverse('paymentMethods', 'paymentMethod', 'PAYMENTMETHOD', payment.method);
	const contact = lookup.value('customers', 'target', object === 'ARPYMT' ? 'CUSTOMERID' : 'VENDORID', payment.partyId);
	const documents = payment.allocations.map((a, n) => lookup.value('documentLinks', 'target', `${details}[${n + 1}].RECORDKEY`, a.toId));
	return [
		{
			source: payment.source,
			targetSystem: 'scoro',
			target: 'receipts.modify',
			record: receiptRequest(payment, contact, account.source, documents, object === 'ARPYMT' ? 'invoices' : 'bills'),
			total: Dec.from(payment.amount).toFixed(currencyDecimals(payment.currency)),
			currency: payment.currency,
		},
	];
}
