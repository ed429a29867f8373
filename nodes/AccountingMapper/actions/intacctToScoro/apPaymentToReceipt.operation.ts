/**
 * Sage Intacct → Scoro · AP Payment → Receipt (of bills)
 *
 * Input: one Intacct AP payment (APPYMT) with its APPYMTDETAILS, as the Sage Intacct node reads it
 * (amount TOTALENTERED or TRX_TOTALENTERED, PAYMENTDATE, STATE Complete or Posted).
 * Mapped item: { idempotencyKey, targetSystem: "scoro", target: "receipts.modify", record, source,
 *   total, currency }
 * record (the `request` of receipts/modify): { date (PAYMENTDATE), contact_id (the paid bill's
 *   documentLinks partyId = the Scoro supplier, else customers: VENDORID → Scoro contact id), sum,
 *   currency, sales_doc_type "bills", receipt_account_id (paymentMethods, as for AR payments),
 *   receipts[]: { invoice_id (documentLinks: bill RECORDNO → Scoro bill id), sum, date } }
 * Same rules as AR Payment → Receipt (arPaymentToReceipt.operation.ts): credits applied are not
 * receipts, the receipts add up to the payment, payments written from Scoro are not sent back.
 */
import type { INodeProperties } from 'n8n-workflow';
import type { Convert } from '../../helpers/convert';
import { paymentToReceipt } from './arPaymentToReceipt.operation';

export const description: INodeProperties[] = [];

export const convert: Convert = function (i, tables) {
	return paymentToReceipt(this, i, tables, 'APPYMT');
};
