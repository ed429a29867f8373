/**
 * Sage Intacct → Scoro · AR Payment → Receipt
 *
 * Input: one Intacct AR payment (ARPYMT) with its ARPYMTDETAILS, as the Sage Intacct node reads it.
 * Mapped item: { idempotencyKey, targetSystem: "scoro", target: "receipts.modify", record, source,
 *   total, currency }
 * record (the `request` of receipts/modify): { date (RECEIPTDATE), contact_id, sum, currency,
 *   sales_doc_type "invoices", receipt_account_id (paymentMethods: the row whose bankAccountId is
 *   FINANCIALENTITY, else whose paymentMethod is PAYMENTMETHOD; its source is the Scoro receipt
 *   account id), receipts[]: { invoice_id (documentLinks: invoice RECORDNO → Scoro invoice id), sum,
 *   date } }
 * contact_id: the partyId of the first paid document's documentLinks row (the Scoro document's own
 *   company) when given, else customers: CUSTOMERID → Scoro contact id.
 * Details that move no money (a credit memo or advance applied, TRX_PAYMENTAMOUNT 0) are not
 * receipts. The receipts add up to the payment exactly, or the item fails (an unapplied part is an
 * advance). A payment written from a Scoro receipt (DESCRIPTION "Scoro receipt <id>") fails: it is
 * Scoro's own money and must not come back as a second receipt.
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
import { receiptRequest, scoroReceiptOf } from '../../systems/scoro';

export const description: INodeProperties[] = [];

export const convert: Convert = function (i, tables) {
	return paymentToReceipt(this, i, tables, 'ARPYMT');
};

/** AR payments become receipts of invoices, AP payments receipts of bills (same shape). */
export function paymentToReceipt(
	ctx: IExecuteFunctions,
	i: number,
	tables: MappingTables,
	object: 'ARPYMT' | 'APPYMT',
): Converted[] {
	const record = inputRecord(ctx, i);
	const payment = object === 'ARPYMT' ? readArPayment(record) : readApPayment(record);
	const lookup = new Lookup(tables, refOf(payment));
	const details = `${object}DETAILS`;
	const what = object === 'ARPYMT' ? 'invoice' : 'bill';
	const fromScoro = scoroReceiptOf(record.DESCRIPTION);
	if (fromScoro)
		throw new DataError(
			refOf(payment),
			'DESCRIPTION',
			`the payment was written from Scoro receipt ${fromScoro}; Scoro already has it, so it is not sent back`,
		);
	if (payment.status !== 'received')
		throw new DataError(
			refOf(payment),
			'STATE',
			`the payment is ${payment.sourceStatus || payment.status}; only posted payments become receipts`,
		);
	// Positions are kept so a missing link names the detail as Intacct numbers it.
	const paid = payment.allocations.map((a, n) => ({ a, n })).filter(({ a }) => !Dec.from(a.amount).isZero());
	if (!paid.length) throw new DataError(refOf(payment), details, `the payment pays no ${what}`);
	const dp = currencyDecimals(payment.currency);
	checkWrittenTotal(
		lookup.record,
		object === 'ARPYMT' ? 'TRX_TOTALENTERED' : 'TOTALENTERED',
		paid.map(({ a }) => Dec.from(a.amount).round(dp)),
		Dec.from(payment.amount),
		payment.currency,
	);
	const bank = record.FINANCIALENTITY ? String(record.FINANCIALENTITY) : undefined;
	const account = bank
		? lookup.reverse('paymentMethods', 'bankAccountId', 'FINANCIALENTITY', bank)
		: lookup.reverse('paymentMethods', 'paymentMethod', 'PAYMENTMETHOD', payment.method);
	const links = paid.map(({ a, n }) =>
		lookup.row(
			'documentLinks',
			`${details}[${n + 1}].RECORDKEY`,
			a.toId,
			`the Scoro ${what} this Intacct ${what} is linked to`,
		),
	);
	const documents = links.map((row) => row.target);
	const contact = links[0]!.partyId
		? String(links[0]!.partyId)
		: lookup.value('customers', 'target', object === 'ARPYMT' ? 'CUSTOMERID' : 'VENDORID', payment.partyId);
	const written = { ...payment, allocations: paid.map(({ a }) => a) };
	return [
		{
			source: payment.source,
			targetSystem: 'scoro',
			target: 'receipts.modify',
			record: receiptRequest(written, contact, account.source, documents, object === 'ARPYMT' ? 'invoices' : 'bills'),
			total: Dec.from(payment.amount).toFixed(dp),
			currency: payment.currency,
		},
	];
}
