/**
 * Sage Intacct → Re-Leased · AP Payment → Payments (of expense invoices)
 *
 * Input: one Intacct AP payment (APPYMT) with its APPYMTDETAILS, as the Sage Intacct node reads it.
 * One mapped item per paid bill: { idempotencyKey, targetSystem: "released", target:
 *   "payment.create", record, source, total, currency }
 * record (Re-Leased payment body): { invoiceId (documentLinks: bill RECORDNO → Re-Leased expense
 *   invoice id), contactId (customers: VENDORID → contact, when listed), date (PAYMENTDATE),
 *   amount, reference (DOCNUMBER) }
 */
import type { INodeProperties } from 'n8n-workflow';
import type { Convert } from '../../helpers/convert';
import { paymentToPayments } from './arPaymentToPayments.operation';

export const description: INodeProperties[] = [];

export const convert: Convert = function (i, tables) {
	return paymentToPayments(this, i, tables, 'APPYMT');
};
